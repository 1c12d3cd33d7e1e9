/** Tells screen readers what was selected or how many events the filters leave (a polite live region). */
export function Announcer({ message }: { message: string }) {
  return (
    <p className="sr-only" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {message}
    </p>
  );
}
