import { PageHeader } from "../../components/page-header";
import type { PageProps } from "../../routes";

export function SensorsPage(_props: PageProps) {
  return <PageHeader title="Sensors" />;
}
