// Function file of the ribbon (commands.html). The 宣传统计 button uses ShowTaskpane, so no function is
// needed; Office still loads this page for the FunctionFile entry, and it must call Office.onReady.
void Office.onReady();
