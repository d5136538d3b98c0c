import { FileExcelOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiProblem, toApiProblem } from '../../../api/problem.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import { downloadStatisticsWorkbook } from '../api/statistics.api.ts';
import { type DashboardTables, dashboardWorkbook } from '../utils/dashboard-workbook.ts';

/**
 * "Export to Excel": the tables as shown, written by the server (exceljs) and offered as a download. The
 * tables are read when the button is pressed, so the file is what the leader sees at that moment.
 */
export function WorkbookExport({ disabled, tables }: { disabled: boolean; tables: () => DashboardTables }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const exportWorkbook = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      await downloadStatisticsWorkbook(dashboardWorkbook(t, i18n.language, tables()));
    } catch (error) {
      setProblem(toApiProblem(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        icon={<FileExcelOutlined aria-hidden="true" />}
        disabled={disabled}
        loading={busy}
        onClick={exportWorkbook}
        data-testid="dashboard-export"
      >
        {t('dashboard.export')}
      </Button>
      {problem ? <ProblemAlert problem={problem} /> : null}
    </>
  );
}
