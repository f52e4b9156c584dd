import { useToast } from './toasts.tsx';

/** Copies a text (a link) to the clipboard and says so. */
export function CopyButton({
  text,
  label = 'Copy link',
  testId,
}: {
  text: string;
  label?: string;
  testId?: string;
}) {
  const toast = useToast();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      toast('Copied to the clipboard');
    } catch {
      toast('Could not copy: select the link and copy it yourself', 'error');
    }
  };
  return (
    <button type="button" className="button button-small" onClick={() => void copy()} data-testid={testId}>
      {label}
    </button>
  );
}
