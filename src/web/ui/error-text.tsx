/** An inline error, announced as it appears. */
export function ErrorText({ message, testId }: { message: string | null; testId?: string }) {
  return (
    <p className="error-text" role="alert" data-testid={testId} hidden={!message}>
      {message}
    </p>
  );
}
