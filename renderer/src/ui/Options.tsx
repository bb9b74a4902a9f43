/** The `<option>`s of a select from value–label pairs (as `unitOptions` makes them). */
export function Options(props: { options: readonly { value: string | number; label: string }[] }) {
  return (
    <>
      {props.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}
