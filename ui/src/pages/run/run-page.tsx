import { PageHeader } from "../../components/page-header";
import type { PageProps } from "../../routes";

export function RunPage(_props: PageProps) {
  return <PageHeader title="Run" />;
}
