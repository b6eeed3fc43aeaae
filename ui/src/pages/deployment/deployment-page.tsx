import { PageHeader } from "../../components/page-header";
import type { PageProps } from "../../routes";

export function DeploymentPage(_props: PageProps) {
  return <PageHeader title="Deployment" />;
}
