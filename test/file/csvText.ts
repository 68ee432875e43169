// A small CSV ledger, as UTF-8 text and as the GBK bytes a Chinese Excel export writes.
export const CSV_TEXT = '标题,作者,单位,媒体,级别,发表日期\r\n"稿件，甲",张三,城关镇,人民日报,国家级,2026-07-01\r\n稿件乙,李四,办公室,河北日报,省级,2026-08-03\r\n';
// CSV_TEXT encoded as GBK (by Python's codec, independent of the decoder under test)
export const GBK_HEX = 'b1eacce22cd7f7d5df2cb5a5cebb2cc3bdcce52cbcb6b1f02cb7a2b1edc8d5c6da0d0a22b8e5bcfea3acbcd7222cd5c5c8fd2cb3c7b9d8d5f22cc8cbc3f1c8d5b1a82cb9fabcd2bcb62c323032362d30372d30310d0ab8e5bcfed2d22cc0eecbc42cb0ecb9abcad22cbad3b1b1c8d5b1a82ccaa1bcb62c323032362d30382d30330d0a';
