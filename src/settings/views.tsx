import { Card } from "../ui/components";
import { DashboardLayout, type ShellAgency } from "../ui/layout";

export function SettingsPage(props: { agency: ShellAgency & { portalSlug: string | null }; advisorName: string }) {
  const { agency } = props;
  return (
    <DashboardLayout title="Settings" agency={agency} advisorName={props.advisorName} active="settings">
      <div class="page-header">
        <h1>Settings</h1>
      </div>
      <Card title="Branding">
        <dl class="facts">
          <dt>Agency name</dt>
          <dd>{agency.name}</dd>
          <dt>Portal slug</dt>
          <dd>{agency.portalSlug ?? <span class="muted">Not set</span>}</dd>
          <dt>Brand color</dt>
          <dd>{agency.brandColor}</dd>
        </dl>
      </Card>
    </DashboardLayout>
  );
}
