import { PageHeader } from "../../components/page-header";
import type { PageProps } from "../../routes";

export function SchedulesPage(_props: PageProps) {
  return <PageHeader title="Schedules" />;
}
