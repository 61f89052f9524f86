/** A visible label tied to its control by id, for controls outside an antd Form. */
import { type ReactNode, useId } from 'react';

export function Field(props: {
  label: string;
  className?: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={`ms-field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.children(id)}
    </div>
  );
}
