/** A field's own problem, under it; the field points to it with `aria-describedby`. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <small className="field-error" id={id} role="alert" data-testid={id}>
      {message.charAt(0).toUpperCase() + message.slice(1)}
    </small>
  );
}

/** The attributes that tie an input to its `FieldError`. */
export const describedBy = (id: string, message: string | undefined) =>
  message ? { 'aria-invalid': true as const, 'aria-describedby': id } : {};
