import { PageHeader } from "../../components/page-header";
import type { PageProps } from "../../routes";

export function JobPage(_props: PageProps) {
  return <PageHeader title="Job" />;
}
