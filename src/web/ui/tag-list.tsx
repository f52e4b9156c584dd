/** Tags as chips: plain text, never markup. */
export function TagList({ tags, limit }: { tags: readonly string[]; limit?: number }) {
  const shown = limit === undefined ? tags : tags.slice(0, limit);
  const hidden = tags.length - shown.length;
  if (tags.length === 0) return null;
  return (
    <span className="tags">
      {shown.map((tag) => (
        <span key={tag} className="tag">
          {tag}
        </span>
      ))}
      {hidden > 0 && (
        <span className="tag tag-more" title={tags.slice(shown.length).join(', ')}>
          +{hidden}
        </span>
      )}
    </span>
  );
}
