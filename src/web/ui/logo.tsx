/** Ordo's mark and name. */
export function Logo() {
  return (
    <span className="logo">
      <svg viewBox="0 0 16 16" width="18" height="18" aria-hidden="true">
        <rect width="16" height="16" rx="4" fill="var(--accent)" />
        <path d="M4 5h8M4 8h6M4 11h4" stroke="white" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      <span>Ordo</span>
    </span>
  );
}
