@echo off
rem Installs the 宣传统计 WPS add-in for the current Windows user without any server: copies the add-in
rem folder into %APPDATA%\kingsoft\wps\jsaddons and lists it in publish.xml there (as Kingsoft's wpsjs does).
chcp 65001 >nul
set "dest=%APPDATA%\kingsoft\wps\jsaddons"
if not exist "%dest%" mkdir "%dest%"
xcopy /E /I /Y "%~dp0__ADDIN_FOLDER__" "%dest%\__ADDIN_FOLDER__" >nul
if exist "%dest%\publish.xml" (
  findstr /C:"name=\"__ADDIN_NAME__\"" "%dest%\publish.xml" >nul || (
    echo publish.xml 已存在且列有其他加载项：请把 "%~dp0publish.xml" 中的 jsplugin 一行加到 "%dest%\publish.xml" 的 jsplugins 元素中。
    pause
    exit /b 1
  )
) else (
  copy /Y "%~dp0publish.xml" "%dest%\publish.xml" >nul
)
echo 已安装到 %dest%\__ADDIN_FOLDER__ 。请重新启动 WPS 表格，在“开始”选项卡找到“宣传统计”。
pause
