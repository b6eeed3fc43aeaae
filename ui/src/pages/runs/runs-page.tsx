import { PageHeader } from "../../components/page-header";
import type { PageProps } from "../../routes";

export function RunsPage(_props: PageProps) {
  return <PageHeader title="Runs" />;
}
