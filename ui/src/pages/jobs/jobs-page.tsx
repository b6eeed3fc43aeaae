import { PageHeader } from "../../components/page-header";
import type { PageProps } from "../../routes";

export function JobsPage(_props: PageProps) {
  return <PageHeader title="Jobs" />;
}
