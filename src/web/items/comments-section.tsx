import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { ItemDetail } from '../../client/ordo-client.ts';
import { limits } from '../../domain/item.ts';
import { client, errorMessage, queryKeys } from '../api.ts';
import { formatDateTime, timeAgo } from '../format-time.ts';
import { Markdown } from '../markdown.tsx';
import { ErrorText } from '../ui/error-text.tsx';

interface CommentsSectionProps {
  item: ItemDetail;
  canComment: boolean;
}

/** The discussion: comments oldest first, markdown rendered safely, and a box to add one. */
export function CommentsSection({ item, canComment }: CommentsSectionProps) {
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const add = useMutation({
    mutationFn: () => client.comment(item.key, body),
    onSuccess: () => {
      setBody('');
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.item(item.key) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.history(item.key) }),
      ]);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim()) add.mutate();
  };
  return (
    <section className="item-section" aria-labelledby="comments-heading">
      <h2 id="comments-heading">
        Comments <span className="muted count">{item.comments.length}</span>
      </h2>
      <ol className="comments">
        {item.comments.map((comment) => (
          <li key={comment.id} className="comment" data-testid="comment">
            <div className="comment-meta">
              <strong>{comment.author}</strong>
              <time className="muted" dateTime={comment.createdAt} title={formatDateTime(comment.createdAt)}>
                {timeAgo(comment.createdAt)}
              </time>
            </div>
            <Markdown source={comment.body} />
          </li>
        ))}
      </ol>
      {canComment && (
        <form className="comment-form" onSubmit={submit}>
          <label className="visually-hidden" htmlFor="new-comment">
            Add a comment
          </label>
          <textarea
            id="new-comment"
            rows={3}
            placeholder="Add a comment… (markdown is supported)"
            value={body}
            maxLength={limits.commentLength}
            onChange={(event) => setBody(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) submit(event);
            }}
            data-testid="comment-input"
          />
          <ErrorText message={add.error ? errorMessage(add.error) : null} />
          <button
            type="submit"
            className="button button-primary button-small"
            disabled={!body.trim() || add.isPending}
          >
            {add.isPending ? 'Posting…' : 'Comment'}
          </button>
        </form>
      )}
    </section>
  );
}
