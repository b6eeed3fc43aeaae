import { PageHeader } from "../../components/page-header";
import type { PageProps } from "../../routes";

export function OverviewPage(_props: PageProps) {
  return <PageHeader title="Overview" />;
}
