import type { ReactNode } from 'react';

/** The head of a screen: its title, an optional lead line under it, and its actions (`children`) on the right. */
export function ScreenHead(props: { title: ReactNode; lead?: ReactNode; children?: ReactNode }) {
  return (
    <div className="screen-head">
      <div>
        <h1>{props.title}</h1>
        {props.lead !== undefined && <p className="lead">{props.lead}</p>}
      </div>
      {props.children}
    </div>
  );
}
