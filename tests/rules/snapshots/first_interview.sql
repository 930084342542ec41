WITH "t13" AS (
  SELECT
    "t12"."person_id",
    "t12"."benefit",
    "t12"."start_date",
    "t12"."target_group",
    "t12"."early_followup_request_date",
    "t12"."education_order",
    "t12"."_rid",
    "t12"."_end",
    "t12"."_acc",
    "t12"."_switch",
    "t12"."_run",
    "t12"."_new",
    MAX(CASE WHEN "t12"."_new" = 1 THEN "t12"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
      PARTITION BY "t12"."person_id"
      ORDER BY "t12"."start_date" ASC, "t12"."benefit" ASC, "t12"."_end" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS "_spell_start"
  FROM (
    SELECT
      "t11"."person_id",
      "t11"."benefit",
      "t11"."start_date",
      "t11"."target_group",
      "t11"."early_followup_request_date",
      "t11"."education_order",
      "t11"."_rid",
      "t11"."_end",
      "t11"."_acc",
      "t11"."_switch",
      "t11"."_run",
      CASE
        WHEN (
          "t11"."_switch" = 1
        )
        OR (
          (
            MAX("t11"."_end") OVER (
              PARTITION BY "t11"."person_id", "t11"."_run"
              ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) IS NOT NULL
          )
          AND (
            MAX("t11"."_end") OVER (
              PARTITION BY "t11"."person_id", "t11"."_run"
              ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) < MAKE_DATE(9999, 12, 31)
          )
          AND (
            "t11"."start_date" > CAST(CAST(MAX("t11"."_end") OVER (
              PARTITION BY "t11"."person_id", "t11"."_run"
              ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
          )
          AND (
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['sygedagpenge']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t11"."benefit"
              ),
              FALSE
            )
            OR (
              (
                CASE
                  WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN 1
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t11"."start_date" >= CAST(CAST(CASE
                  WHEN EXTRACT(day FROM CAST(CAST(MAX("t11"."_end") OVER (
                    PARTITION BY "t11"."person_id", "t11"."_run"
                    ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                  THEN CAST(CAST(MAX("t11"."_end") OVER (
                    PARTITION BY "t11"."person_id", "t11"."_run"
                    ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ELSE CAST(CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CAST(MAX("t11"."_end") OVER (
                      PARTITION BY "t11"."person_id", "t11"."_run"
                      ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                END + TO_MONTHS(
                  COALESCE(
                    CASE
                      WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                      THEN 1
                      ELSE CAST(NULL AS BIGINT)
                    END,
                    0
                  )
                ) AS TIMESTAMP) AS DATE)
              )
            )
          )
        )
        OR COALESCE(
          ARRAY_CONTAINS(
            CASE
              WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
              THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
              ELSE CAST(NULL AS TEXT[])
            END,
            LAG("t11"."target_group") OVER (
              PARTITION BY "t11"."person_id", "t11"."_run"
              ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) || CASE
              WHEN "t11"."target_group" IS NULL
              THEN NULL
              ELSE CONCAT('>', "t11"."target_group")
            END
          ),
          FALSE
        )
        THEN 1
        ELSE 0
      END AS "_new"
    FROM (
      SELECT
        "t10"."person_id",
        "t10"."benefit",
        "t10"."start_date",
        "t10"."target_group",
        "t10"."early_followup_request_date",
        "t10"."education_order",
        "t10"."_rid",
        "t10"."_end",
        "t10"."_acc",
        "t10"."_switch",
        SUM("t10"."_switch") OVER (
          PARTITION BY "t10"."person_id"
          ORDER BY "t10"."start_date" ASC, "t10"."benefit" ASC, "t10"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_run"
      FROM (
        SELECT
          "t9"."person_id",
          "t9"."benefit",
          "t9"."start_date",
          "t9"."target_group",
          "t9"."early_followup_request_date",
          "t9"."education_order",
          "t9"."_rid",
          "t9"."_end",
          "t9"."_acc",
          CASE
            WHEN LAG("t9"."benefit") OVER (
              PARTITION BY "t9"."person_id"
              ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) IS NULL
            THEN 1
            WHEN LAG("t9"."benefit") OVER (
              PARTITION BY "t9"."person_id"
              ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) <> "t9"."benefit"
            THEN 1
            ELSE 0
          END AS "_switch"
        FROM (
          SELECT
            "t1"."person_id",
            "t1"."benefit",
            "t1"."start_date",
            "t1"."target_group",
            "t1"."early_followup_request_date",
            "t1"."education_order",
            "t1"."rowid" AS "_rid",
            CASE
              WHEN (
                "t1"."end_date" IS NULL
              ) OR (
                "t1"."end_date" > CAST($as_of AS DATE)
              )
              THEN MAKE_DATE(9999, 12, 31)
              ELSE "t1"."end_date"
            END AS "_end",
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t1"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['dagpenge']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t1"."benefit"
              ),
              FALSE
            ) AS "_acc"
          FROM "benefit_periods" AS "t1"
          WHERE
            "t1"."start_date" <= CAST($as_of AS DATE)
        ) AS "t9"
      ) AS "t10"
    ) AS "t11"
  ) AS "t12"
), "t15" AS (
  SELECT
    *
  FROM "t13" AS "t14"
  WHERE
    "t14"."_acc"
), "t19" AS (
  SELECT
    "t17"."person_id",
    "t17"."benefit",
    MIN("t17"."start_date") AS "c1"
  FROM "t15" AS "t17"
  GROUP BY
    1,
    2
), "t28" AS (
  SELECT
    "t27"."person_id",
    "t27"."benefit",
    "t27"."c1",
    "t27"."c2"
  FROM (
    SELECT
      "t21"."person_id",
      "t21"."benefit",
      "t21"."c1",
      "t26"."person_id" AS "person_id_right",
      "t26"."benefit" AS "benefit_right",
      "t26"."c2"
    FROM "t19" AS "t21"
    LEFT OUTER JOIN (
      SELECT
        "t24"."person_id",
        "t24"."benefit",
        MIN("t24"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t18"."person_id",
            "t18"."benefit",
            "t18"."start_date",
            "t18"."target_group",
            "t18"."early_followup_request_date",
            "t18"."education_order",
            "t18"."_rid",
            "t18"."_end",
            "t18"."_acc",
            "t18"."_switch",
            "t18"."_run",
            "t18"."_new",
            "t18"."_spell_start",
            "t22"."c1"
          FROM "t15" AS "t18"
          INNER JOIN "t19" AS "t22"
            ON "t18"."person_id" = "t22"."person_id" AND "t18"."benefit" = "t22"."benefit"
        ) AS "t23"
        WHERE
          "t23"."start_date" >= CAST(CAST("t23"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t23"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t24"
      GROUP BY
        1,
        2
    ) AS "t26"
      ON "t21"."person_id" = "t26"."person_id" AND "t21"."benefit" = "t26"."benefit"
  ) AS "t27"
), "t37" AS (
  SELECT
    "t36"."person_id",
    "t36"."benefit",
    "t36"."c1",
    "t36"."c2",
    "t36"."c3"
  FROM (
    SELECT
      "t30"."person_id",
      "t30"."benefit",
      "t30"."c1",
      "t30"."c2",
      "t35"."person_id" AS "person_id_right",
      "t35"."benefit" AS "benefit_right",
      "t35"."c3"
    FROM "t28" AS "t30"
    LEFT OUTER JOIN (
      SELECT
        "t33"."person_id",
        "t33"."benefit",
        MIN("t33"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t18"."person_id",
            "t18"."benefit",
            "t18"."start_date",
            "t18"."target_group",
            "t18"."early_followup_request_date",
            "t18"."education_order",
            "t18"."_rid",
            "t18"."_end",
            "t18"."_acc",
            "t18"."_switch",
            "t18"."_run",
            "t18"."_new",
            "t18"."_spell_start",
            "t31"."c1",
            "t31"."c2"
          FROM "t15" AS "t18"
          INNER JOIN "t28" AS "t31"
            ON "t18"."person_id" = "t31"."person_id" AND "t18"."benefit" = "t31"."benefit"
        ) AS "t32"
        WHERE
          "t32"."start_date" >= CAST(CAST("t32"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t32"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t33"
      GROUP BY
        1,
        2
    ) AS "t35"
      ON "t30"."person_id" = "t35"."person_id" AND "t30"."benefit" = "t35"."benefit"
  ) AS "t36"
), "t64" AS (
  SELECT
    "t63"."person_id",
    "t63"."benefit",
    "t63"."start_date",
    "t63"."end_date",
    "t63"."first_contact_date",
    "t63"."target_group",
    "t63"."first_absence_date",
    "t63"."sickness_category",
    "t63"."employed",
    "t63"."handover_date",
    "t63"."expected_absence_weeks",
    "t63"."work_obligation",
    "t63"."municipality",
    "t63"."early_followup_request_date",
    "t63"."education_order",
    "t63"."periods",
    COALESCE("t63"."first_contact_date", "t63"."start_date") AS "window_start"
  FROM (
    SELECT
      "t62"."person_id",
      "t62"."benefit",
      "t62"."_key" AS "start_date",
      CASE
        WHEN "t62"."_end" = MAKE_DATE(9999, 12, 31)
        THEN CAST(NULL AS DATE)
        ELSE "t62"."_end"
      END AS "end_date",
      "t5"."first_contact_date",
      "t5"."target_group",
      "t5"."first_absence_date",
      "t5"."sickness_category",
      "t5"."employed",
      "t5"."handover_date",
      "t5"."expected_absence_weeks",
      "t5"."work_obligation",
      "t5"."municipality",
      "t62"."early_followup_request_date",
      "t62"."education_order",
      "t62"."periods"
    FROM (
      SELECT
        "t60"."person_id",
        "t60"."benefit",
        "t60"."_key",
        MAX("t60"."_end") AS "_end",
        COUNT(*) AS "periods",
        FIRST("t60"."_rid" ORDER BY "t60"."start_date") AS "_first",
        MIN("t60"."early_followup_request_date") AS "early_followup_request_date",
        BOOL_OR(CAST(COALESCE("t60"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t14"."person_id",
            "t14"."benefit",
            "t14"."start_date",
            "t14"."_end",
            "t14"."_spell_start" AS "_key",
            "t14"."_acc",
            "t14"."_rid",
            "t14"."early_followup_request_date",
            "t14"."education_order"
          FROM "t13" AS "t14"
          WHERE
            NOT (
              "t14"."_acc"
            )
        ) AS "t16"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            "t58"."person_id",
            "t58"."benefit",
            "t58"."start_date",
            "t58"."_end",
            "t58"."_key",
            "t58"."_acc",
            "t58"."_rid",
            "t58"."early_followup_request_date",
            "t58"."education_order"
          FROM (
            SELECT
              "t57".*
              EXCLUDE ("c1", "c2", "c3", "c4", "c5")
            FROM (
              SELECT
                "t56"."person_id",
                "t56"."benefit",
                "t56"."start_date",
                "t56"."target_group",
                "t56"."early_followup_request_date",
                "t56"."education_order",
                "t56"."_rid",
                "t56"."_end",
                "t56"."_acc",
                "t56"."_switch",
                "t56"."_run",
                "t56"."_new",
                "t56"."_spell_start",
                "t56"."c1",
                "t56"."c2",
                "t56"."c3",
                "t56"."c4",
                "t56"."c5",
                GREATEST(
                  CASE
                    WHEN "t56"."c1" <= "t56"."start_date"
                    THEN "t56"."c1"
                    ELSE CAST(NULL AS DATE)
                  END,
                  CASE
                    WHEN "t56"."c2" <= "t56"."start_date"
                    THEN "t56"."c2"
                    ELSE CAST(NULL AS DATE)
                  END,
                  CASE
                    WHEN "t56"."c3" <= "t56"."start_date"
                    THEN "t56"."c3"
                    ELSE CAST(NULL AS DATE)
                  END,
                  CASE
                    WHEN "t56"."c4" <= "t56"."start_date"
                    THEN "t56"."c4"
                    ELSE CAST(NULL AS DATE)
                  END,
                  CASE
                    WHEN "t56"."c5" <= "t56"."start_date"
                    THEN "t56"."c5"
                    ELSE CAST(NULL AS DATE)
                  END
                ) AS "_key"
              FROM (
                SELECT
                  "t18"."person_id",
                  "t18"."benefit",
                  "t18"."start_date",
                  "t18"."target_group",
                  "t18"."early_followup_request_date",
                  "t18"."education_order",
                  "t18"."_rid",
                  "t18"."_end",
                  "t18"."_acc",
                  "t18"."_switch",
                  "t18"."_run",
                  "t18"."_new",
                  "t18"."_spell_start",
                  "t55"."c1",
                  "t55"."c2",
                  "t55"."c3",
                  "t55"."c4",
                  "t55"."c5"
                FROM "t15" AS "t18"
                INNER JOIN (
                  SELECT
                    "t53".*
                    EXCLUDE ("benefit_right", "person_id_right")
                  FROM (
                    SELECT
                      "t47"."person_id",
                      "t47"."benefit",
                      "t47"."c1",
                      "t47"."c2",
                      "t47"."c3",
                      "t47"."c4",
                      "t52"."person_id" AS "person_id_right",
                      "t52"."benefit" AS "benefit_right",
                      "t52"."c5"
                    FROM (
                      SELECT
                        "t45".*
                        EXCLUDE ("benefit_right", "person_id_right")
                      FROM (
                        SELECT
                          "t39"."person_id",
                          "t39"."benefit",
                          "t39"."c1",
                          "t39"."c2",
                          "t39"."c3",
                          "t44"."person_id" AS "person_id_right",
                          "t44"."benefit" AS "benefit_right",
                          "t44"."c4"
                        FROM "t37" AS "t39"
                        LEFT OUTER JOIN (
                          SELECT
                            "t42"."person_id",
                            "t42"."benefit",
                            MIN("t42"."start_date") AS "c4"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t18"."person_id",
                                "t18"."benefit",
                                "t18"."start_date",
                                "t18"."target_group",
                                "t18"."early_followup_request_date",
                                "t18"."education_order",
                                "t18"."_rid",
                                "t18"."_end",
                                "t18"."_acc",
                                "t18"."_switch",
                                "t18"."_run",
                                "t18"."_new",
                                "t18"."_spell_start",
                                "t40"."c1",
                                "t40"."c2",
                                "t40"."c3"
                              FROM "t15" AS "t18"
                              INNER JOIN "t37" AS "t40"
                                ON "t18"."person_id" = "t40"."person_id" AND "t18"."benefit" = "t40"."benefit"
                            ) AS "t41"
                            WHERE
                              "t41"."start_date" >= CAST(CAST("t41"."c3" + TO_MONTHS(
                                COALESCE(
                                  CASE WHEN "t41"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE)
                          ) AS "t42"
                          GROUP BY
                            1,
                            2
                        ) AS "t44"
                          ON "t39"."person_id" = "t44"."person_id" AND "t39"."benefit" = "t44"."benefit"
                      ) AS "t45"
                    ) AS "t47"
                    LEFT OUTER JOIN (
                      SELECT
                        "t50"."person_id",
                        "t50"."benefit",
                        MIN("t50"."start_date") AS "c5"
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t18"."person_id",
                            "t18"."benefit",
                            "t18"."start_date",
                            "t18"."target_group",
                            "t18"."early_followup_request_date",
                            "t18"."education_order",
                            "t18"."_rid",
                            "t18"."_end",
                            "t18"."_acc",
                            "t18"."_switch",
                            "t18"."_run",
                            "t18"."_new",
                            "t18"."_spell_start",
                            "t48"."c1",
                            "t48"."c2",
                            "t48"."c3",
                            "t48"."c4"
                          FROM "t15" AS "t18"
                          INNER JOIN (
                            SELECT
                              "t45".*
                              EXCLUDE ("benefit_right", "person_id_right")
                            FROM (
                              SELECT
                                "t39"."person_id",
                                "t39"."benefit",
                                "t39"."c1",
                                "t39"."c2",
                                "t39"."c3",
                                "t44"."person_id" AS "person_id_right",
                                "t44"."benefit" AS "benefit_right",
                                "t44"."c4"
                              FROM "t37" AS "t39"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t42"."person_id",
                                  "t42"."benefit",
                                  MIN("t42"."start_date") AS "c4"
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t18"."person_id",
                                      "t18"."benefit",
                                      "t18"."start_date",
                                      "t18"."target_group",
                                      "t18"."early_followup_request_date",
                                      "t18"."education_order",
                                      "t18"."_rid",
                                      "t18"."_end",
                                      "t18"."_acc",
                                      "t18"."_switch",
                                      "t18"."_run",
                                      "t18"."_new",
                                      "t18"."_spell_start",
                                      "t40"."c1",
                                      "t40"."c2",
                                      "t40"."c3"
                                    FROM "t15" AS "t18"
                                    INNER JOIN "t37" AS "t40"
                                      ON "t18"."person_id" = "t40"."person_id" AND "t18"."benefit" = "t40"."benefit"
                                  ) AS "t41"
                                  WHERE
                                    "t41"."start_date" >= CAST(CAST("t41"."c3" + TO_MONTHS(
                                      COALESCE(
                                        CASE WHEN "t41"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE)
                                ) AS "t42"
                                GROUP BY
                                  1,
                                  2
                              ) AS "t44"
                                ON "t39"."person_id" = "t44"."person_id" AND "t39"."benefit" = "t44"."benefit"
                            ) AS "t45"
                          ) AS "t48"
                            ON "t18"."person_id" = "t48"."person_id" AND "t18"."benefit" = "t48"."benefit"
                        ) AS "t49"
                        WHERE
                          "t49"."start_date" >= CAST(CAST("t49"."c4" + TO_MONTHS(
                            COALESCE(
                              CASE WHEN "t49"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                              0
                            )
                          ) AS TIMESTAMP) AS DATE)
                      ) AS "t50"
                      GROUP BY
                        1,
                        2
                    ) AS "t52"
                      ON "t47"."person_id" = "t52"."person_id" AND "t47"."benefit" = "t52"."benefit"
                  ) AS "t53"
                ) AS "t55"
                  ON "t18"."person_id" = "t55"."person_id" AND "t18"."benefit" = "t55"."benefit"
              ) AS "t56"
            ) AS "t57"
          ) AS "t58"
        ) AS "t59"
      ) AS "t60"
      GROUP BY
        1,
        2,
        3
    ) AS "t62"
    INNER JOIN (
      SELECT
        "t1"."rowid" AS "_frid",
        "t1"."first_contact_date",
        "t1"."target_group",
        "t1"."first_absence_date",
        "t1"."sickness_category",
        "t1"."employed",
        "t1"."handover_date",
        "t1"."expected_absence_weeks",
        "t1"."work_obligation",
        "t1"."municipality"
      FROM "benefit_periods" AS "t1"
    ) AS "t5"
      ON "t62"."_first" = "t5"."_frid"
  ) AS "t63"
  WHERE
    "t63"."benefit" IN ('kontanthjaelp', 'ledighedsydelse', 'uddannelseshjaelp')
)
SELECT
  "t85"."person_id",
  "t85"."benefit",
  'first_interview' AS "kind",
  'first_interview' AS "rule_id",
  '1.1.1' AS "rule_version",
  CASE
    WHEN "t85"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025 (reform af beskæftigelsesindsatsen); STAR, spørgsmål og svar om reformen'
    WHEN "t85"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31, stk. 5 (LBK nr. 280 af 2024; lov nr. 727 af 13.6.2023)'
    WHEN "t85"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 31, stk. 3 (LBK nr. 701 af 2022)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t85"."window_start",
  CASE
    WHEN COALESCE("t85"."is_applicable", FALSE)
    THEN "t85"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t85"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t85"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t85"."fulfilled_date" <= "t85"."due_date"
    )
    THEN 'met'
    WHEN "t85"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t85"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t85"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t85"."is_applicable", FALSE)
    THEN "t85"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t85"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t85"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t85"."fulfilled_date" > "t85"."due_date"
    )
    THEN DATE_DIFF('DAY', "t85"."due_date", "t85"."fulfilled_date")
    WHEN NOT (
      "t85"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t85"."is_exempt", FALSE)
    )
    AND (
      "t85"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t85"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t85"."is_applicable", FALSE)
              THEN "t85"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t85"."window_start"
          ) >= MAKE_DATE(2027, 1, 1)
          THEN [
            'dagpenge_akasse_first_interview',
            'dagpenge_akasse_interviews_3m',
            'dagpenge_interviews_6m',
            'dagpenge_plan_at_first_akasse_interview',
            'first_interview',
            'interviews_6m',
            'offer_6m',
            'plan_before_offer',
            'sick_first_followup',
            'sick_followups',
            'sick_reassessment'
          ]
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t85"."is_applicable", FALSE)
              THEN "t85"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t85"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'first_interview'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t85"."evidence", '') AS "evidence"
FROM (
  SELECT
    "t84"."person_id",
    "t84"."benefit",
    "t84"."start_date",
    "t84"."end_date",
    "t84"."first_contact_date",
    "t84"."target_group",
    "t84"."first_absence_date",
    "t84"."sickness_category",
    "t84"."employed",
    "t84"."handover_date",
    "t84"."expected_absence_weeks",
    "t84"."work_obligation",
    "t84"."municipality",
    "t84"."early_followup_request_date",
    "t84"."education_order",
    "t84"."periods",
    "t84"."window_start",
    "t84"."in_force",
    "t84"."due0",
    "t84"."exemption_start",
    "t84"."exemption_end",
    "t84"."exemption_reason",
    "t84"."due_date",
    "t84"."person_id_right",
    "t84"."benefit_right",
    "t84"."start_date_right",
    "t84"."fulfilled_date",
    "t84"."held_text",
    "t84"."in_force"
    AND NOT (
      (
        "t84"."end_date" IS NOT NULL
      )
      AND (
        "t84"."end_date" < "t84"."due_date"
      )
      AND (
        "t84"."fulfilled_date" IS NULL
      )
    ) AS "is_applicable",
    (
      "t84"."exemption_end" IS NOT NULL
    )
    AND (
      CAST($as_of AS DATE) <= "t84"."exemption_end"
    ) AS "is_exempt",
    CASE
      WHEN CASE
        WHEN "t84"."exemption_end" IS NOT NULL
        THEN CASE
          WHEN CAST("t84"."exemption_start" AS TEXT) IS NULL
          OR CAST("t84"."exemption_end" AS TEXT) IS NULL
          OR "t84"."exemption_reason" IS NULL
          THEN NULL
          ELSE CONCAT(
            'fritaget ',
            CAST("t84"."exemption_start" AS TEXT),
            '–',
            CAST("t84"."exemption_end" AS TEXT),
            ' (',
            "t84"."exemption_reason",
            ')'
          )
        END
        ELSE ''
      END = ''
      THEN CASE
        WHEN "t84"."fulfilled_date" IS NOT NULL
        THEN "t84"."held_text"
        WHEN (
          "t84"."end_date" IS NOT NULL
        )
        AND (
          "t84"."end_date" < "t84"."due_date"
        )
        AND (
          "t84"."fulfilled_date" IS NULL
        )
        THEN CASE
          WHEN CAST("t84"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('ydelsesforløbet sluttede ', CAST("t84"."end_date" AS TEXT), ' før fristen')
        END
        ELSE 'ingen afholdt individuel jobsamtale'
      END
      ELSE CASE
        WHEN "t84"."fulfilled_date" IS NOT NULL
        THEN "t84"."held_text"
        WHEN (
          "t84"."end_date" IS NOT NULL
        )
        AND (
          "t84"."end_date" < "t84"."due_date"
        )
        AND (
          "t84"."fulfilled_date" IS NULL
        )
        THEN CASE
          WHEN CAST("t84"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('ydelsesforløbet sluttede ', CAST("t84"."end_date" AS TEXT), ' før fristen')
        END
        ELSE 'ingen afholdt individuel jobsamtale'
      END || '; ' || CASE
        WHEN "t84"."exemption_end" IS NOT NULL
        THEN CASE
          WHEN CAST("t84"."exemption_start" AS TEXT) IS NULL
          OR CAST("t84"."exemption_end" AS TEXT) IS NULL
          OR "t84"."exemption_reason" IS NULL
          THEN NULL
          ELSE CONCAT(
            'fritaget ',
            CAST("t84"."exemption_start" AS TEXT),
            '–',
            CAST("t84"."exemption_end" AS TEXT),
            ' (',
            "t84"."exemption_reason",
            ')'
          )
        END
        ELSE ''
      END
    END AS "evidence"
  FROM (
    SELECT
      "t83"."person_id",
      "t83"."benefit",
      "t83"."start_date",
      "t83"."end_date",
      "t83"."first_contact_date",
      "t83"."target_group",
      "t83"."first_absence_date",
      "t83"."sickness_category",
      "t83"."employed",
      "t83"."handover_date",
      "t83"."expected_absence_weeks",
      "t83"."work_obligation",
      "t83"."municipality",
      "t83"."early_followup_request_date",
      "t83"."education_order",
      "t83"."periods",
      "t83"."window_start",
      "t83"."in_force",
      "t83"."due0",
      "t83"."exemption_start",
      "t83"."exemption_end",
      "t83"."exemption_reason",
      "t83"."due_date",
      "t77"."person_id" AS "person_id_right",
      "t77"."benefit" AS "benefit_right",
      "t77"."start_date" AS "start_date_right",
      "t77"."fulfilled_date",
      "t77"."held_text"
    FROM (
      SELECT
        "t81"."person_id",
        "t81"."benefit",
        "t81"."start_date",
        "t81"."end_date",
        "t81"."first_contact_date",
        "t81"."target_group",
        "t81"."first_absence_date",
        "t81"."sickness_category",
        "t81"."employed",
        "t81"."handover_date",
        "t81"."expected_absence_weeks",
        "t81"."work_obligation",
        "t81"."municipality",
        "t81"."early_followup_request_date",
        "t81"."education_order",
        "t81"."periods",
        "t81"."window_start",
        "t81"."in_force",
        "t81"."due0",
        "t81"."exemption_start",
        "t81"."exemption_end",
        "t81"."exemption_reason",
        CASE
          WHEN "t81"."exemption_end" IS NOT NULL
          THEN CAST(CAST("t81"."exemption_end" + TO_DAYS(
            COALESCE(
              CASE
                WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN 7
                ELSE CAST(NULL AS BIGINT)
              END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
          ELSE "t81"."due0"
        END AS "due_date"
      FROM (
        SELECT
          "t80".*
          EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
        FROM (
          SELECT
            "t71"."person_id",
            "t71"."benefit",
            "t71"."start_date",
            "t71"."end_date",
            "t71"."first_contact_date",
            "t71"."target_group",
            "t71"."first_absence_date",
            "t71"."sickness_category",
            "t71"."employed",
            "t71"."handover_date",
            "t71"."expected_absence_weeks",
            "t71"."work_obligation",
            "t71"."municipality",
            "t71"."early_followup_request_date",
            "t71"."education_order",
            "t71"."periods",
            "t71"."window_start",
            "t71"."in_force",
            "t71"."due0",
            "t79"."person_id" AS "person_id_right",
            "t79"."benefit" AS "benefit_right",
            "t79"."start_date" AS "start_date_right",
            "t79"."exemption_start",
            "t79"."exemption_end",
            "t79"."exemption_reason"
          FROM (
            SELECT
              "t65"."person_id",
              "t65"."benefit",
              "t65"."start_date",
              "t65"."end_date",
              "t65"."first_contact_date",
              "t65"."target_group",
              "t65"."first_absence_date",
              "t65"."sickness_category",
              "t65"."employed",
              "t65"."handover_date",
              "t65"."expected_absence_weeks",
              "t65"."work_obligation",
              "t65"."municipality",
              "t65"."early_followup_request_date",
              "t65"."education_order",
              "t65"."periods",
              "t65"."window_start",
              (
                CASE
                  WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
                  THEN 7
                  WHEN "t65"."window_start" >= MAKE_DATE(2024, 1, 1)
                  THEN 7
                  WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                  THEN 7
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND COALESCE(
                ARRAY_CONTAINS(
                  CASE
                    WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
                    THEN ['kontanthjaelp', 'ledighedsydelse']
                    WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                    THEN ['kontanthjaelp', 'uddannelseshjaelp']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  "t65"."benefit"
                ),
                FALSE
              )
              AND (
                (
                  "t65"."target_group" IS NULL
                )
                OR COALESCE(
                  ARRAY_CONTAINS(
                    CASE
                      WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
                      THEN ['jobparat']
                      WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                      THEN ['jobparat', 'aktivitetsparat', 'uddannelsesparat']
                      ELSE CAST(NULL AS TEXT[])
                    END,
                    "t65"."target_group"
                  ),
                  FALSE
                )
              ) AS "in_force",
              CAST(CAST("t65"."window_start" + TO_DAYS(
                COALESCE(
                  CASE
                    WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
                    THEN 7
                    WHEN "t65"."window_start" >= MAKE_DATE(2024, 1, 1)
                    THEN 7
                    WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                    THEN 7
                    ELSE CAST(NULL AS BIGINT)
                  END,
                  0
                )
              ) AS TIMESTAMP) AS DATE) AS "due0"
            FROM "t64" AS "t65"
          ) AS "t71"
          LEFT OUTER JOIN (
            SELECT
              "t75"."person_id",
              "t75"."benefit",
              "t75"."start_date",
              FIRST("t75"."_ex_start" ORDER BY "t75"."_ex_end" DESC) AS "exemption_start",
              MAX("t75"."_ex_end") AS "exemption_end",
              FIRST("t75"."_ex_reason" ORDER BY "t75"."_ex_end" DESC) AS "exemption_reason"
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  "t72"."person_id",
                  "t72"."benefit",
                  "t72"."start_date",
                  "t72"."_day",
                  "t72"."_ws",
                  "t8"."_pid",
                  "t8"."_ex_start",
                  "t8"."_ex_end",
                  "t8"."_ex_reason"
                FROM (
                  SELECT
                    "t65"."person_id",
                    "t65"."benefit",
                    "t65"."start_date",
                    CAST(CAST("t65"."window_start" + TO_DAYS(
                      COALESCE(
                        CASE
                          WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
                          THEN 7
                          WHEN "t65"."window_start" >= MAKE_DATE(2024, 1, 1)
                          THEN 7
                          WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 7
                          ELSE CAST(NULL AS BIGINT)
                        END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE) AS "_day",
                    "t65"."window_start" AS "_ws"
                  FROM "t64" AS "t65"
                ) AS "t72"
                INNER JOIN (
                  SELECT
                    "t2"."person_id" AS "_pid",
                    "t2"."start_date" AS "_ex_start",
                    "t2"."end_date" AS "_ex_end",
                    "t2"."reason" AS "_ex_reason"
                  FROM "exemptions" AS "t2"
                  WHERE
                    "t2"."start_date" <= CAST($as_of AS DATE)
                ) AS "t8"
                  ON "t72"."person_id" = "t8"."_pid"
                  AND "t8"."_ex_start" <= "t72"."_day"
                  AND "t8"."_ex_end" >= "t72"."_day"
              ) AS "t73"
              WHERE
                NOT (
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t73"."_ws" >= MAKE_DATE(2026, 7, 1)
                        THEN ['selv_job']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t73"."_ex_reason"
                    ),
                    FALSE
                  )
                )
            ) AS "t75"
            GROUP BY
              1,
              2,
              3
          ) AS "t79"
            ON "t71"."person_id" = "t79"."person_id"
            AND "t71"."benefit" = "t79"."benefit"
            AND "t71"."start_date" = "t79"."start_date"
        ) AS "t80"
      ) AS "t81"
    ) AS "t83"
    LEFT OUTER JOIN (
      SELECT
        "t74"."person_id",
        "t74"."benefit",
        "t74"."start_date",
        MIN("t74"."date") AS "fulfilled_date",
        FIRST(
          "t74"."description" ORDER BY CASE
            WHEN CAST("t74"."date" AS TEXT) IS NULL OR "t74"."description" IS NULL
            THEN NULL
            ELSE CONCAT(CAST("t74"."date" AS TEXT), '|', "t74"."description")
          END
        ) AS "held_text"
      FROM (
        SELECT
          "t68"."person_id",
          "t68"."benefit",
          "t68"."start_date",
          "t68"."date",
          CASE
            WHEN "t68"."kind" IS NULL
            OR CAST("t68"."date" AS TEXT) IS NULL
            OR "t68"."form" IS NULL
            OR "t68"."held_by" IS NULL
            THEN NULL
            ELSE CONCAT("t68"."kind", ' ', CAST("t68"."date" AS TEXT), ' (', "t68"."form", ', ', "t68"."held_by", ')')
          END AS "description"
        FROM (
          SELECT
            "t67"."person_id",
            "t67"."benefit",
            "t67"."start_date",
            "t67"."window_start",
            "t67"."_first",
            "t67"."_last",
            "t7"."person_id" AS "person_id_right",
            "t7"."date",
            "t7"."kind",
            "t7"."form",
            "t7"."held_by",
            "t7"."status",
            "t7"."individual",
            "t7"."caseworker_id",
            "t7"."purpose"
          FROM (
            SELECT
              "t65"."person_id",
              "t65"."benefit",
              "t65"."start_date",
              "t65"."window_start",
              "t65"."window_start" AS "_first",
              COALESCE("t65"."end_date", CAST($as_of AS DATE)) AS "_last"
            FROM "t64" AS "t65"
          ) AS "t67"
          INNER JOIN (
            SELECT
              *
            FROM "conversations" AS "t0"
            WHERE
              "t0"."status" = 'afholdt'
              AND COALESCE("t0"."individual", TRUE)
              AND "t0"."date" <= CAST($as_of AS DATE)
              AND "t0"."kind" IN ('jobsamtale')
          ) AS "t7"
            ON "t67"."person_id" = "t7"."person_id"
            AND "t7"."date" >= "t67"."_first"
            AND "t7"."date" <= "t67"."_last"
        ) AS "t68"
        WHERE
          COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN ['jobcenter', 'anden_aktoer']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t68"."held_by"
            ),
            FALSE
          )
          AND COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t68"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN ['personligt', 'telefon', 'video']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t68"."form"
            ),
            FALSE
          )
      ) AS "t74"
      GROUP BY
        1,
        2,
        3
    ) AS "t77"
      ON "t83"."person_id" = "t77"."person_id"
      AND "t83"."benefit" = "t77"."benefit"
      AND "t83"."start_date" = "t77"."start_date"
  ) AS "t84"
) AS "t85"
