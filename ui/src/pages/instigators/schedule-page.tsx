import { PageHeader } from "../../components/page-header";
import type { PageProps } from "../../routes";

export function SchedulePage(_props: PageProps) {
  return <PageHeader title="Schedule" />;
}
