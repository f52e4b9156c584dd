import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { WorkspaceSettings } from '../../client/ordo-client.ts';
import { limits } from '../../domain/item.ts';
import { client, errorMessage } from '../api.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { useToast } from '../ui/toasts.tsx';
import { AdminFrame } from './admin-frame.tsx';

const workspaceKey = ['workspace'] as const;

/** Administration › Settings: the workspace's name, and two-factor sign-in for admins. */
export function AdminSettingsPage() {
  const settings = useQuery({ queryKey: workspaceKey, queryFn: client.getWorkspace });
  return (
    <AdminFrame>
      {settings.isPending && <p className="muted">Loading the settings…</p>}
      {settings.isError && <ErrorText message={errorMessage(settings.error)} />}
      {settings.data && <SettingsForm key={JSON.stringify(settings.data)} settings={settings.data} />}
    </AdminFrame>
  );
}

function SettingsForm({ settings }: { settings: WorkspaceSettings }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [name, setName] = useState(settings.name);
  const [requireAdminTwoFactor, setRequire] = useState(settings.requireAdminTwoFactor);
  const save = useMutation({
    mutationFn: () => client.updateWorkspace({ name: name.trim(), requireAdminTwoFactor }),
    onSuccess: (saved) => {
      queryClient.setQueryData(workspaceKey, saved);
      toast('Saved the workspace’s settings');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="team-form" onSubmit={submit} data-testid="workspace-settings">
      <label className="field">
        <span>Workspace name (mail says it)</span>
        <input
          value={name}
          required
          maxLength={limits.productNameLength}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <label className="team-check">
        <input
          type="checkbox"
          checked={requireAdminTwoFactor}
          onChange={(event) => setRequire(event.target.checked)}
          data-testid="require-admin-two-factor"
        />
        Admins must use two-factor sign-in (an admin without it acts with their product roles only until they
        set it up)
      </label>
      <ErrorText message={save.error ? errorMessage(save.error) : null} />
      <div className="team-form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          Save settings
        </button>
      </div>
    </form>
  );
}
