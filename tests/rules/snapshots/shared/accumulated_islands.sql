SELECT
  "t5"."person_id",
  "t5"."benefit",
  "t5"."_key" AS "start_date",
  "t5"."i_start",
  "t5"."i_end",
  CAST(COALESCE(
    SUM("t5"."_len") OVER (
      PARTITION BY "t5"."person_id", "t5"."benefit", "t5"."_key"
      ORDER BY "t5"."i_start" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
    ),
    0
  ) AS INT) AS "cum_before"
FROM (
  SELECT
    "t4"."person_id",
    "t4"."benefit",
    "t4"."_key",
    "t4"."_island",
    "t4"."i_start",
    "t4"."i_end",
    CASE
      WHEN "t4"."i_end" = MAKE_DATE(9999, 12, 31)
      THEN 0
      ELSE DATE_DIFF('DAY', "t4"."i_start", "t4"."i_end") + 1
    END AS "_len"
  FROM (
    SELECT
      "t3"."person_id",
      "t3"."benefit",
      "t3"."_key",
      "t3"."_island",
      MIN("t3"."start_date") AS "i_start",
      MAX("t3"."_end") AS "i_end"
    FROM (
      SELECT
        "t2"."person_id",
        "t2"."benefit",
        "t2"."start_date",
        "t2"."_end",
        "t2"."_key",
        "t2"."_acc",
        "t2"."_rid",
        "t2"."early_followup_request_date",
        "t2"."education_order",
        "t2"."_new",
        SUM("t2"."_new") OVER (
          PARTITION BY "t2"."person_id", "t2"."benefit", "t2"."_key"
          ORDER BY "t2"."start_date" ASC, "t2"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_island"
      FROM (
        SELECT
          "t1"."person_id",
          "t1"."benefit",
          "t1"."start_date",
          "t1"."_end",
          "t1"."_key",
          "t1"."_acc",
          "t1"."_rid",
          "t1"."early_followup_request_date",
          "t1"."education_order",
          CASE
            WHEN MAX("t1"."_end") OVER (
              PARTITION BY "t1"."person_id", "t1"."benefit", "t1"."_key"
              ORDER BY "t1"."start_date" ASC, "t1"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) IS NULL
            THEN 1
            WHEN "t1"."start_date" > CAST(CAST(MAX("t1"."_end") OVER (
              PARTITION BY "t1"."person_id", "t1"."benefit", "t1"."_key"
              ORDER BY "t1"."start_date" ASC, "t1"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
            THEN 1
            ELSE 0
          END AS "_new"
        FROM (
          SELECT
            *
          FROM "_tilsyn_benefit_rows" AS "t0"
          WHERE
            "t0"."_acc"
        ) AS "t1"
      ) AS "t2"
    ) AS "t3"
    GROUP BY
      1,
      2,
      3,
      4
  ) AS "t4"
) AS "t5"
