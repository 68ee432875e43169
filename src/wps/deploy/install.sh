#!/bin/sh
# Installs the 宣传统计 WPS add-in for the current user on UOS / Kylin / other Linux WPS, without any server:
# copies the add-in folder into WPS's jsaddons folder and lists it in publish.xml there. Run from the folder
# that holds this script (dist-wps/ of the build, or a copy of it on a USB stick or network share).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
addin="__ADDIN_FOLDER__"
dest="${WPS_JSADDONS:-$HOME/.local/share/Kingsoft/wps/jsaddons}"
mkdir -p "$dest"
rm -rf "$dest/$addin"
cp -R "$here/$addin" "$dest/$addin"
entry='__PUBLISH_ENTRY__'
if [ ! -f "$dest/publish.xml" ] || ! grep -q '</jsplugins>' "$dest/publish.xml"; then
  printf '<jsplugins>\n  %s\n</jsplugins>\n' "$entry" > "$dest/publish.xml"
else
  # replace an older entry of this add-in, keep every other add-in listed there
  tmp="$dest/publish.xml.tmp"
  grep -v 'name="__ADDIN_NAME__"' "$dest/publish.xml" | sed "s#</jsplugins>#  $entry\n</jsplugins>#" > "$tmp"
  mv "$tmp" "$dest/publish.xml"
fi
echo "已安装到 $dest/$addin 。请重新启动 WPS 表格，在“开始”选项卡找到“宣传统计”。"
