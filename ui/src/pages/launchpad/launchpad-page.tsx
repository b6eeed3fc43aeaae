import { PageHeader } from "../../components/page-header";
import type { PageProps } from "../../routes";

export function LaunchpadPage(_props: PageProps) {
  return <PageHeader title="Launchpad" />;
}
