import { useEffect, useId, useMemo, useRef, useState } from 'react';

export interface ComboOption {
  /** What the form stores. */
  value: string;
  /** What the list shows. */
  label: string;
  /** Other words that find this option (e.g. the English name). */
  aliases?: string[];
}

const normalise = (text: string) => text.trim().toLocaleLowerCase().replace(/\s+/g, ' ');

/**
 * A searchable select: the user types part of a name (Thai or English) and picks from the list.
 * Only a value of the list is ever chosen; text that matches none is passed on as typed so that
 * the form's schema reports it ("choose a value from the list") instead of silently dropping it.
 */
export function Combobox(props: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  options: ComboOption[];
  placeholder?: string;
  noMatchText: string;
  invalid?: boolean;
  describedBy?: string | undefined;
  name?: string;
}) {
  const { options, value, onChange } = props;
  const listId = useId();
  const labelOf = useMemo(() => new Map(options.map((o) => [o.value, o.label])), [options]);
  const [query, setQuery] = useState(labelOf.get(value) ?? value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);

  // A new value from outside (form reset, another language) shows as its label.
  useEffect(() => {
    setQuery(labelOf.get(value) ?? value);
  }, [value, labelOf]);

  const matches = useMemo(() => {
    const q = normalise(query);
    const chosenLabel = labelOf.get(value);
    if (!q || query === chosenLabel) return options;
    // Names that start with the text come first (`khon` → Khon Kaen before Nakhon …), then the rest.
    const texts = (o: ComboOption) => [o.value, o.label, ...(o.aliases ?? [])].map(normalise);
    const starts = options.filter((o) => texts(o).some((text) => text.startsWith(q)));
    const contains = options.filter((o) => !starts.includes(o) && texts(o).some((text) => text.includes(q)));
    return [...starts, ...contains];
  }, [query, options, value, labelOf]);

  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active, open]);

  const choose = (option: ComboOption) => {
    onChange(option.value);
    setQuery(option.label);
    setOpen(false);
  };

  /** On leaving the field: an exact name (either language) is taken; anything else stays as typed. */
  const settle = () => {
    setOpen(false);
    const q = normalise(query);
    if (!q) {
      if (value !== '') onChange('');
    } else {
      const exact = options.find((o) => [o.value, o.label, ...(o.aliases ?? [])].some((text) => normalise(text) === q));
      if (exact) choose(exact);
      else if (query !== value) onChange(query.trim());
    }
    props.onBlur?.();
  };

  return (
    <div className="combobox">
      <input
        id={props.id}
        name={props.name}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && matches[active] ? `${listId}-${active}` : undefined}
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.describedBy}
        placeholder={props.placeholder}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={settle}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(i + 1, matches.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (event.key === 'Enter' && open) {
            event.preventDefault();
            const option = matches[active];
            if (option) choose(option);
          } else if (event.key === 'Escape' && open) {
            event.preventDefault();
            event.stopPropagation();
            setOpen(false);
          }
        }}
      />
      <span className="combobox-arrow" aria-hidden="true">
        ▾
      </span>
      {open && (
        <ul className="combobox-list" role="listbox" id={listId} ref={listRef}>
          {matches.length === 0 && <li className="combobox-empty">{props.noMatchText}</li>}
          {matches.map((option, i) => (
            <li
              key={option.value}
              id={`${listId}-${i}`}
              data-index={i}
              role="option"
              aria-selected={option.value === value}
              className={i === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(option);
              }}
              onMouseEnter={() => setActive(i)}
            >
              {option.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
