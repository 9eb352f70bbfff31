-- Plans (规划、实施意见、行动计划) as data of their own: a target names its plan by code in
-- target.doc. A retired plan stays listed, but its targets neither judge nor make indicators
-- monitored.
CREATE TABLE plan (
    code        TEXT PRIMARY KEY,
    title_zh    TEXT NOT NULL,
    title_en    TEXT NOT NULL DEFAULT '',
    number      TEXT NOT NULL DEFAULT '',
    issuer      TEXT NOT NULL DEFAULT '',
    region_code TEXT NOT NULL DEFAULT '',
    issued      TEXT,
    first_year  INTEGER,
    last_year   INTEGER,
    retired     INTEGER NOT NULL DEFAULT 0,
    sort_order  INTEGER NOT NULL
);

-- Indicators taken into (1, 纳入监测) or out of (0, 取消监测) the monitored set by hand; the
-- others are monitored when a plan sets them a target in, above or under the home region.
CREATE TABLE monitor_choice (
    indicator_code TEXT PRIMARY KEY REFERENCES indicator (code) ON UPDATE CASCADE ON DELETE CASCADE,
    monitored      INTEGER NOT NULL CHECK (monitored IN (0, 1))
);

-- An existing database gets one plan per document its targets name; the seed documents get the
-- titles, numbers and issuers they had when this schema was written, the others their code.
WITH seed (code, title_zh, title_en, number, issuer, region_code, issued) AS (VALUES
        ('JL2012', '吉林省人民政府关于贯彻质量发展纲要实施质量强省战略的意见',
         'Opinions of the Jilin Provincial Government on implementing the Quality Development Outline and the quality-province strategy',
         '吉政发〔2012〕27号', '吉林省人民政府', '220000', '2012-07-26'),
        ('JL2013', '贯彻质量发展纲要实施质量强省战略2013年行动计划(吉林省)',
         'Jilin 2013 action plan for implementing the Quality Development Outline and the quality-province strategy',
         '吉政办发〔2013〕17号', '吉林省人民政府办公厅', '220000', '2013-04-10'),
        ('YJ2014', '阳江市建设质量强市2014-2015年行动计划',
         'Yangjiang action plan for building a quality city, 2014–2015',
         '(阳江市人民政府办公室)', '阳江市人民政府办公室', '441700', '2014-09-25'),
        ('XZ2014', '西藏自治区实施质量振兴战略2014年工作计划',
         'Tibet 2014 work plan for the quality revitalisation strategy',
         '藏政办发〔2014〕65号', '西藏自治区人民政府办公厅', '540000', '2014-06-16'),
        ('SD2016', '山东省贯彻实施质量发展纲要2016年行动计划',
         'Shandong 2016 action plan for implementing the Quality Development Outline',
         '鲁政办字〔2016〕103号', '山东省人民政府办公厅', '370000', '2016-07-07')),
    used (code, region_code, first_year, last_year, first_row) AS (
        SELECT doc, min(region_code), min(target_year), max(target_year), min(sort_order)
        FROM target WHERE doc <> '' GROUP BY doc)
INSERT INTO plan (code, title_zh, title_en, number, issuer, region_code, issued, first_year, last_year, sort_order)
SELECT u.code, coalesce(s.title_zh, u.code), coalesce(s.title_en, ''), coalesce(s.number, ''),
       coalesce(s.issuer, ''), coalesce(s.region_code, u.region_code), s.issued, u.first_year, u.last_year,
       (SELECT count(*) FROM used earlier WHERE earlier.first_row < u.first_row)
FROM used u LEFT JOIN seed s ON s.code = u.code;
