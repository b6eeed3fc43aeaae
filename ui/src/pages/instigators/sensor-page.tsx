import { PageHeader } from "../../components/page-header";
import type { PageProps } from "../../routes";

export function SensorPage(_props: PageProps) {
  return <PageHeader title="Sensor" />;
}
