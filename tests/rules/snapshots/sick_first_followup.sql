WITH "t13" AS (
  SELECT
    "t12"."person_id",
    "t12"."benefit",
    "t12"."start_date",
    "t12"."first_contact_date",
    "t12"."target_group",
    "t12"."first_absence_date",
    "t12"."sickness_category",
    "t12"."employed",
    "t12"."handover_date",
    "t12"."expected_absence_weeks",
    "t12"."work_obligation",
    "t12"."municipality",
    "t12"."early_followup_request_date",
    "t12"."education_order",
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
      "t11"."first_contact_date",
      "t11"."target_group",
      "t11"."first_absence_date",
      "t11"."sickness_category",
      "t11"."employed",
      "t11"."handover_date",
      "t11"."expected_absence_weeks",
      "t11"."work_obligation",
      "t11"."municipality",
      "t11"."early_followup_request_date",
      "t11"."education_order",
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
            ) || '>' || "t11"."target_group"
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
        "t10"."first_contact_date",
        "t10"."target_group",
        "t10"."first_absence_date",
        "t10"."sickness_category",
        "t10"."employed",
        "t10"."handover_date",
        "t10"."expected_absence_weeks",
        "t10"."work_obligation",
        "t10"."municipality",
        "t10"."early_followup_request_date",
        "t10"."education_order",
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
          "t9"."first_contact_date",
          "t9"."target_group",
          "t9"."first_absence_date",
          "t9"."sickness_category",
          "t9"."employed",
          "t9"."handover_date",
          "t9"."expected_absence_weeks",
          "t9"."work_obligation",
          "t9"."municipality",
          "t9"."early_followup_request_date",
          "t9"."education_order",
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
            "t2"."person_id",
            "t2"."benefit",
            "t2"."start_date",
            "t2"."first_contact_date",
            "t2"."target_group",
            "t2"."first_absence_date",
            "t2"."sickness_category",
            "t2"."employed",
            "t2"."handover_date",
            "t2"."expected_absence_weeks",
            "t2"."work_obligation",
            "t2"."municipality",
            "t2"."early_followup_request_date",
            "t2"."education_order",
            CASE
              WHEN (
                "t2"."end_date" IS NULL
              ) OR (
                "t2"."end_date" > CAST($as_of AS DATE)
              )
              THEN MAKE_DATE(9999, 12, 31)
              ELSE "t2"."end_date"
            END AS "_end",
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t2"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['dagpenge']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t2"."benefit"
              ),
              FALSE
            ) AS "_acc"
          FROM "benefit_periods" AS "t2"
          WHERE
            "t2"."start_date" <= CAST($as_of AS DATE)
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
            "t18"."first_contact_date",
            "t18"."target_group",
            "t18"."first_absence_date",
            "t18"."sickness_category",
            "t18"."employed",
            "t18"."handover_date",
            "t18"."expected_absence_weeks",
            "t18"."work_obligation",
            "t18"."municipality",
            "t18"."early_followup_request_date",
            "t18"."education_order",
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
            "t18"."first_contact_date",
            "t18"."target_group",
            "t18"."first_absence_date",
            "t18"."sickness_category",
            "t18"."employed",
            "t18"."handover_date",
            "t18"."expected_absence_weeks",
            "t18"."work_obligation",
            "t18"."municipality",
            "t18"."early_followup_request_date",
            "t18"."education_order",
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
), "t61" AS (
  SELECT
    "t60"."person_id",
    "t60"."benefit",
    "t60"."_key",
    MAX("t60"."_end") AS "_end",
    COUNT(*) AS "periods",
    FIRST("t60"."first_contact_date" ORDER BY "t60"."start_date") AS "first_contact_date",
    FIRST("t60"."target_group" ORDER BY "t60"."start_date") AS "target_group",
    FIRST("t60"."first_absence_date" ORDER BY "t60"."start_date") AS "first_absence_date",
    FIRST("t60"."sickness_category" ORDER BY "t60"."start_date") AS "sickness_category",
    FIRST("t60"."employed" ORDER BY "t60"."start_date") AS "employed",
    FIRST("t60"."handover_date" ORDER BY "t60"."start_date") AS "handover_date",
    FIRST("t60"."expected_absence_weeks" ORDER BY "t60"."start_date") AS "expected_absence_weeks",
    FIRST("t60"."work_obligation" ORDER BY "t60"."start_date") AS "work_obligation",
    FIRST("t60"."municipality" ORDER BY "t60"."start_date") AS "municipality",
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
        "t14"."first_contact_date",
        "t14"."target_group",
        "t14"."first_absence_date",
        "t14"."sickness_category",
        "t14"."employed",
        "t14"."handover_date",
        "t14"."expected_absence_weeks",
        "t14"."work_obligation",
        "t14"."municipality",
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
        "t58"."first_contact_date",
        "t58"."target_group",
        "t58"."first_absence_date",
        "t58"."sickness_category",
        "t58"."employed",
        "t58"."handover_date",
        "t58"."expected_absence_weeks",
        "t58"."work_obligation",
        "t58"."municipality",
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
            "t56"."first_contact_date",
            "t56"."target_group",
            "t56"."first_absence_date",
            "t56"."sickness_category",
            "t56"."employed",
            "t56"."handover_date",
            "t56"."expected_absence_weeks",
            "t56"."work_obligation",
            "t56"."municipality",
            "t56"."early_followup_request_date",
            "t56"."education_order",
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
              "t18"."first_contact_date",
              "t18"."target_group",
              "t18"."first_absence_date",
              "t18"."sickness_category",
              "t18"."employed",
              "t18"."handover_date",
              "t18"."expected_absence_weeks",
              "t18"."work_obligation",
              "t18"."municipality",
              "t18"."early_followup_request_date",
              "t18"."education_order",
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
                            "t18"."first_contact_date",
                            "t18"."target_group",
                            "t18"."first_absence_date",
                            "t18"."sickness_category",
                            "t18"."employed",
                            "t18"."handover_date",
                            "t18"."expected_absence_weeks",
                            "t18"."work_obligation",
                            "t18"."municipality",
                            "t18"."early_followup_request_date",
                            "t18"."education_order",
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
                        "t18"."first_contact_date",
                        "t18"."target_group",
                        "t18"."first_absence_date",
                        "t18"."sickness_category",
                        "t18"."employed",
                        "t18"."handover_date",
                        "t18"."expected_absence_weeks",
                        "t18"."work_obligation",
                        "t18"."municipality",
                        "t18"."early_followup_request_date",
                        "t18"."education_order",
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
                                  "t18"."first_contact_date",
                                  "t18"."target_group",
                                  "t18"."first_absence_date",
                                  "t18"."sickness_category",
                                  "t18"."employed",
                                  "t18"."handover_date",
                                  "t18"."expected_absence_weeks",
                                  "t18"."work_obligation",
                                  "t18"."municipality",
                                  "t18"."early_followup_request_date",
                                  "t18"."education_order",
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
)
SELECT
  "t94"."person_id",
  "t94"."benefit",
  'sick_first_followup' AS "kind",
  'sick_first_followup' AS "rule_id",
  '1.1.1' AS "rule_version",
  CASE
    WHEN "t94"."window_start" >= MAKE_DATE(2015, 1, 1)
    THEN 'Sygedagpengeloven § 13 b, stk. 1; STAR – Sygedagpengeopfølgning'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t94"."window_start",
  CASE
    WHEN COALESCE("t94"."is_applicable", FALSE)
    THEN "t94"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t94"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t94"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t94"."fulfilled_date" <= "t94"."due_date"
    )
    THEN 'met'
    WHEN "t94"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t94"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t94"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t94"."is_applicable", FALSE)
    THEN "t94"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t94"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t94"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t94"."fulfilled_date" > "t94"."due_date"
    )
    THEN DATE_DIFF('DAY', "t94"."due_date", "t94"."fulfilled_date")
    WHEN NOT (
      "t94"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t94"."is_exempt", FALSE)
    )
    AND (
      "t94"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t94"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t94"."is_applicable", FALSE)
              THEN "t94"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t94"."window_start"
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
              WHEN COALESCE("t94"."is_applicable", FALSE)
              THEN "t94"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t94"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'sick_first_followup'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. ' || COALESCE("t94"."evidence", '')
    ELSE COALESCE("t94"."evidence", '')
  END AS "evidence"
FROM (
  SELECT
    "t93"."person_id",
    "t93"."benefit",
    "t93"."start_date",
    "t93"."end_date",
    "t93"."first_contact_date",
    "t93"."target_group",
    "t93"."first_absence_date",
    "t93"."sickness_category",
    "t93"."employed",
    "t93"."handover_date",
    "t93"."expected_absence_weeks",
    "t93"."work_obligation",
    "t93"."municipality",
    "t93"."early_followup_request_date",
    "t93"."education_order",
    "t93"."periods",
    "t93"."window_start",
    "t93"."category_in_force",
    "t93"."category_exempt",
    "t93"."category_note",
    "t93"."_weeks",
    "t93"."_fast_track",
    "t93"."due0",
    "t93"."exemption_start",
    "t93"."exemption_end",
    "t93"."exemption_reason",
    "t93"."due_date",
    "t93"."exemption_applies",
    "t93"."person_id_right",
    "t93"."benefit_right",
    "t93"."start_date_right",
    "t93"."fulfilled_date",
    "t93"."held_text",
    (
      "t93"."_weeks" IS NOT NULL
    )
    AND (
      CASE
        WHEN "t93"."category_exempt"
        THEN 'visitationskategori ' || "t93"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
        WHEN COALESCE(
          COALESCE("t93"."employed", FALSE)
          AND (
            CASE
              WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
              THEN 26
              WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
              THEN CAST(NULL AS BIGINT)
              ELSE CAST(NULL AS BIGINT)
            END IS NOT NULL
          )
          AND (
            "t93"."expected_absence_weeks" IS NOT NULL
          )
          AND (
            "t93"."expected_absence_weeks" < CASE
              WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
              THEN 26
              WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
              THEN CAST(NULL AS BIGINT)
              ELSE CAST(NULL AS BIGINT)
            END
          ),
          FALSE
        )
        THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t93"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
        ELSE ''
      END = ''
    )
    AND NOT (
      (
        "t93"."end_date" IS NOT NULL
      )
      AND (
        "t93"."end_date" < "t93"."due_date"
      )
      AND (
        "t93"."fulfilled_date" IS NULL
      )
    ) AS "is_applicable",
    "t93"."exemption_applies"
    AND (
      CAST($as_of AS DATE) <= "t93"."exemption_end"
    ) AS "is_exempt",
    CASE
      WHEN CASE
        WHEN "t93"."exemption_applies"
        THEN 'fritaget ' || CAST("t93"."exemption_start" AS TEXT) || '–' || CAST("t93"."exemption_end" AS TEXT) || ' (' || "t93"."exemption_reason" || '), fristen forlænget'
        ELSE ''
      END = ''
      THEN CASE
        WHEN CASE
          WHEN "t93"."_weeks" IS NULL
          THEN 'reglen var ikke i kraft på første fraværsdag'
          WHEN CASE
            WHEN "t93"."category_exempt"
            THEN 'visitationskategori ' || "t93"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
            WHEN COALESCE(
              COALESCE("t93"."employed", FALSE)
              AND (
                CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" < CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END
              ),
              FALSE
            )
            THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t93"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
            ELSE ''
          END <> ''
          THEN CASE
            WHEN "t93"."category_exempt"
            THEN 'visitationskategori ' || "t93"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
            WHEN COALESCE(
              COALESCE("t93"."employed", FALSE)
              AND (
                CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" < CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END
              ),
              FALSE
            )
            THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t93"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
            ELSE ''
          END
          WHEN "t93"."fulfilled_date" IS NOT NULL
          THEN "t93"."held_text"
          WHEN (
            "t93"."end_date" IS NOT NULL
          )
          AND (
            "t93"."end_date" < "t93"."due_date"
          )
          AND (
            "t93"."fulfilled_date" IS NULL
          )
          THEN 'sygedagpengeforløbet sluttede ' || CAST("t93"."end_date" AS TEXT) || ' før fristen'
          ELSE 'ingen afholdt individuel opfølgningssamtale ved personligt fremmøde'
        END = ''
        THEN CASE
          WHEN CASE
            WHEN "t93"."_fast_track"
            THEN 'tidlig opfølgning anmodet ' || CAST("t93"."early_followup_request_date" AS TEXT) || ' (§ 13 b, stk. 2)'
            ELSE ''
          END = ''
          THEN "t93"."category_note"
          WHEN "t93"."category_note" = ''
          THEN CASE
            WHEN "t93"."_fast_track"
            THEN 'tidlig opfølgning anmodet ' || CAST("t93"."early_followup_request_date" AS TEXT) || ' (§ 13 b, stk. 2)'
            ELSE ''
          END
          ELSE "t93"."category_note" || '; ' || CASE
            WHEN "t93"."_fast_track"
            THEN 'tidlig opfølgning anmodet ' || CAST("t93"."early_followup_request_date" AS TEXT) || ' (§ 13 b, stk. 2)'
            ELSE ''
          END
        END
        WHEN CASE
          WHEN CASE
            WHEN "t93"."_fast_track"
            THEN 'tidlig opfølgning anmodet ' || CAST("t93"."early_followup_request_date" AS TEXT) || ' (§ 13 b, stk. 2)'
            ELSE ''
          END = ''
          THEN "t93"."category_note"
          WHEN "t93"."category_note" = ''
          THEN CASE
            WHEN "t93"."_fast_track"
            THEN 'tidlig opfølgning anmodet ' || CAST("t93"."early_followup_request_date" AS TEXT) || ' (§ 13 b, stk. 2)'
            ELSE ''
          END
          ELSE "t93"."category_note" || '; ' || CASE
            WHEN "t93"."_fast_track"
            THEN 'tidlig opfølgning anmodet ' || CAST("t93"."early_followup_request_date" AS TEXT) || ' (§ 13 b, stk. 2)'
            ELSE ''
          END
        END = ''
        THEN CASE
          WHEN "t93"."_weeks" IS NULL
          THEN 'reglen var ikke i kraft på første fraværsdag'
          WHEN CASE
            WHEN "t93"."category_exempt"
            THEN 'visitationskategori ' || "t93"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
            WHEN COALESCE(
              COALESCE("t93"."employed", FALSE)
              AND (
                CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" < CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END
              ),
              FALSE
            )
            THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t93"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
            ELSE ''
          END <> ''
          THEN CASE
            WHEN "t93"."category_exempt"
            THEN 'visitationskategori ' || "t93"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
            WHEN COALESCE(
              COALESCE("t93"."employed", FALSE)
              AND (
                CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" < CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END
              ),
              FALSE
            )
            THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t93"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
            ELSE ''
          END
          WHEN "t93"."fulfilled_date" IS NOT NULL
          THEN "t93"."held_text"
          WHEN (
            "t93"."end_date" IS NOT NULL
          )
          AND (
            "t93"."end_date" < "t93"."due_date"
          )
          AND (
            "t93"."fulfilled_date" IS NULL
          )
          THEN 'sygedagpengeforløbet sluttede ' || CAST("t93"."end_date" AS TEXT) || ' før fristen'
          ELSE 'ingen afholdt individuel opfølgningssamtale ved personligt fremmøde'
        END
        ELSE CASE
          WHEN CASE
            WHEN "t93"."_fast_track"
            THEN 'tidlig opfølgning anmodet ' || CAST("t93"."early_followup_request_date" AS TEXT) || ' (§ 13 b, stk. 2)'
            ELSE ''
          END = ''
          THEN "t93"."category_note"
          WHEN "t93"."category_note" = ''
          THEN CASE
            WHEN "t93"."_fast_track"
            THEN 'tidlig opfølgning anmodet ' || CAST("t93"."early_followup_request_date" AS TEXT) || ' (§ 13 b, stk. 2)'
            ELSE ''
          END
          ELSE "t93"."category_note" || '; ' || CASE
            WHEN "t93"."_fast_track"
            THEN 'tidlig opfølgning anmodet ' || CAST("t93"."early_followup_request_date" AS TEXT) || ' (§ 13 b, stk. 2)'
            ELSE ''
          END
        END || '; ' || CASE
          WHEN "t93"."_weeks" IS NULL
          THEN 'reglen var ikke i kraft på første fraværsdag'
          WHEN CASE
            WHEN "t93"."category_exempt"
            THEN 'visitationskategori ' || "t93"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
            WHEN COALESCE(
              COALESCE("t93"."employed", FALSE)
              AND (
                CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" < CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END
              ),
              FALSE
            )
            THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t93"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
            ELSE ''
          END <> ''
          THEN CASE
            WHEN "t93"."category_exempt"
            THEN 'visitationskategori ' || "t93"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
            WHEN COALESCE(
              COALESCE("t93"."employed", FALSE)
              AND (
                CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" < CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END
              ),
              FALSE
            )
            THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t93"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
            ELSE ''
          END
          WHEN "t93"."fulfilled_date" IS NOT NULL
          THEN "t93"."held_text"
          WHEN (
            "t93"."end_date" IS NOT NULL
          )
          AND (
            "t93"."end_date" < "t93"."due_date"
          )
          AND (
            "t93"."fulfilled_date" IS NULL
          )
          THEN 'sygedagpengeforløbet sluttede ' || CAST("t93"."end_date" AS TEXT) || ' før fristen'
          ELSE 'ingen afholdt individuel opfølgningssamtale ved personligt fremmøde'
        END
      END
      WHEN CASE
        WHEN CASE
          WHEN "t93"."_weeks" IS NULL
          THEN 'reglen var ikke i kraft på første fraværsdag'
          WHEN CASE
            WHEN "t93"."category_exempt"
            THEN 'visitationskategori ' || "t93"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
            WHEN COALESCE(
              COALESCE("t93"."employed", FALSE)
              AND (
                CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" < CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END
              ),
              FALSE
            )
            THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t93"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
            ELSE ''
          END <> ''
          THEN CASE
            WHEN "t93"."category_exempt"
            THEN 'visitationskategori ' || "t93"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
            WHEN COALESCE(
              COALESCE("t93"."employed", FALSE)
              AND (
                CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" < CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END
              ),
              FALSE
            )
            THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t93"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
            ELSE ''
          END
          WHEN "t93"."fulfilled_date" IS NOT NULL
          THEN "t93"."held_text"
          WHEN (
            "t93"."end_date" IS NOT NULL
          )
          AND (
            "t93"."end_date" < "t93"."due_date"
          )
          AND (
            "t93"."fulfilled_date" IS NULL
          )
          THEN 'sygedagpengeforløbet sluttede ' || CAST("t93"."end_date" AS TEXT) || ' før fristen'
          ELSE 'ingen afholdt individuel opfølgningssamtale ved personligt fremmøde'
        END = ''
        THEN CASE
          WHEN CASE
            WHEN "t93"."_fast_track"
            THEN 'tidlig opfølgning anmodet ' || CAST("t93"."early_followup_request_date" AS TEXT) || ' (§ 13 b, stk. 2)'
            ELSE ''
          END = ''
          THEN "t93"."category_note"
          WHEN "t93"."category_note" = ''
          THEN CASE
            WHEN "t93"."_fast_track"
            THEN 'tidlig opfølgning anmodet ' || CAST("t93"."early_followup_request_date" AS TEXT) || ' (§ 13 b, stk. 2)'
            ELSE ''
          END
          ELSE "t93"."category_note" || '; ' || CASE
            WHEN "t93"."_fast_track"
            THEN 'tidlig opfølgning anmodet ' || CAST("t93"."early_followup_request_date" AS TEXT) || ' (§ 13 b, stk. 2)'
            ELSE ''
          END
        END
        WHEN CASE
          WHEN CASE
            WHEN "t93"."_fast_track"
            THEN 'tidlig opfølgning anmodet ' || CAST("t93"."early_followup_request_date" AS TEXT) || ' (§ 13 b, stk. 2)'
            ELSE ''
          END = ''
          THEN "t93"."category_note"
          WHEN "t93"."category_note" = ''
          THEN CASE
            WHEN "t93"."_fast_track"
            THEN 'tidlig opfølgning anmodet ' || CAST("t93"."early_followup_request_date" AS TEXT) || ' (§ 13 b, stk. 2)'
            ELSE ''
          END
          ELSE "t93"."category_note" || '; ' || CASE
            WHEN "t93"."_fast_track"
            THEN 'tidlig opfølgning anmodet ' || CAST("t93"."early_followup_request_date" AS TEXT) || ' (§ 13 b, stk. 2)'
            ELSE ''
          END
        END = ''
        THEN CASE
          WHEN "t93"."_weeks" IS NULL
          THEN 'reglen var ikke i kraft på første fraværsdag'
          WHEN CASE
            WHEN "t93"."category_exempt"
            THEN 'visitationskategori ' || "t93"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
            WHEN COALESCE(
              COALESCE("t93"."employed", FALSE)
              AND (
                CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" < CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END
              ),
              FALSE
            )
            THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t93"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
            ELSE ''
          END <> ''
          THEN CASE
            WHEN "t93"."category_exempt"
            THEN 'visitationskategori ' || "t93"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
            WHEN COALESCE(
              COALESCE("t93"."employed", FALSE)
              AND (
                CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" < CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END
              ),
              FALSE
            )
            THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t93"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
            ELSE ''
          END
          WHEN "t93"."fulfilled_date" IS NOT NULL
          THEN "t93"."held_text"
          WHEN (
            "t93"."end_date" IS NOT NULL
          )
          AND (
            "t93"."end_date" < "t93"."due_date"
          )
          AND (
            "t93"."fulfilled_date" IS NULL
          )
          THEN 'sygedagpengeforløbet sluttede ' || CAST("t93"."end_date" AS TEXT) || ' før fristen'
          ELSE 'ingen afholdt individuel opfølgningssamtale ved personligt fremmøde'
        END
        ELSE CASE
          WHEN CASE
            WHEN "t93"."_fast_track"
            THEN 'tidlig opfølgning anmodet ' || CAST("t93"."early_followup_request_date" AS TEXT) || ' (§ 13 b, stk. 2)'
            ELSE ''
          END = ''
          THEN "t93"."category_note"
          WHEN "t93"."category_note" = ''
          THEN CASE
            WHEN "t93"."_fast_track"
            THEN 'tidlig opfølgning anmodet ' || CAST("t93"."early_followup_request_date" AS TEXT) || ' (§ 13 b, stk. 2)'
            ELSE ''
          END
          ELSE "t93"."category_note" || '; ' || CASE
            WHEN "t93"."_fast_track"
            THEN 'tidlig opfølgning anmodet ' || CAST("t93"."early_followup_request_date" AS TEXT) || ' (§ 13 b, stk. 2)'
            ELSE ''
          END
        END || '; ' || CASE
          WHEN "t93"."_weeks" IS NULL
          THEN 'reglen var ikke i kraft på første fraværsdag'
          WHEN CASE
            WHEN "t93"."category_exempt"
            THEN 'visitationskategori ' || "t93"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
            WHEN COALESCE(
              COALESCE("t93"."employed", FALSE)
              AND (
                CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" < CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END
              ),
              FALSE
            )
            THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t93"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
            ELSE ''
          END <> ''
          THEN CASE
            WHEN "t93"."category_exempt"
            THEN 'visitationskategori ' || "t93"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
            WHEN COALESCE(
              COALESCE("t93"."employed", FALSE)
              AND (
                CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" < CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END
              ),
              FALSE
            )
            THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t93"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
            ELSE ''
          END
          WHEN "t93"."fulfilled_date" IS NOT NULL
          THEN "t93"."held_text"
          WHEN (
            "t93"."end_date" IS NOT NULL
          )
          AND (
            "t93"."end_date" < "t93"."due_date"
          )
          AND (
            "t93"."fulfilled_date" IS NULL
          )
          THEN 'sygedagpengeforløbet sluttede ' || CAST("t93"."end_date" AS TEXT) || ' før fristen'
          ELSE 'ingen afholdt individuel opfølgningssamtale ved personligt fremmøde'
        END
      END = ''
      THEN CASE
        WHEN "t93"."exemption_applies"
        THEN 'fritaget ' || CAST("t93"."exemption_start" AS TEXT) || '–' || CAST("t93"."exemption_end" AS TEXT) || ' (' || "t93"."exemption_reason" || '), fristen forlænget'
        ELSE ''
      END
      ELSE CASE
        WHEN CASE
          WHEN "t93"."_weeks" IS NULL
          THEN 'reglen var ikke i kraft på første fraværsdag'
          WHEN CASE
            WHEN "t93"."category_exempt"
            THEN 'visitationskategori ' || "t93"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
            WHEN COALESCE(
              COALESCE("t93"."employed", FALSE)
              AND (
                CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" < CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END
              ),
              FALSE
            )
            THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t93"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
            ELSE ''
          END <> ''
          THEN CASE
            WHEN "t93"."category_exempt"
            THEN 'visitationskategori ' || "t93"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
            WHEN COALESCE(
              COALESCE("t93"."employed", FALSE)
              AND (
                CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" < CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END
              ),
              FALSE
            )
            THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t93"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
            ELSE ''
          END
          WHEN "t93"."fulfilled_date" IS NOT NULL
          THEN "t93"."held_text"
          WHEN (
            "t93"."end_date" IS NOT NULL
          )
          AND (
            "t93"."end_date" < "t93"."due_date"
          )
          AND (
            "t93"."fulfilled_date" IS NULL
          )
          THEN 'sygedagpengeforløbet sluttede ' || CAST("t93"."end_date" AS TEXT) || ' før fristen'
          ELSE 'ingen afholdt individuel opfølgningssamtale ved personligt fremmøde'
        END = ''
        THEN CASE
          WHEN CASE
            WHEN "t93"."_fast_track"
            THEN 'tidlig opfølgning anmodet ' || CAST("t93"."early_followup_request_date" AS TEXT) || ' (§ 13 b, stk. 2)'
            ELSE ''
          END = ''
          THEN "t93"."category_note"
          WHEN "t93"."category_note" = ''
          THEN CASE
            WHEN "t93"."_fast_track"
            THEN 'tidlig opfølgning anmodet ' || CAST("t93"."early_followup_request_date" AS TEXT) || ' (§ 13 b, stk. 2)'
            ELSE ''
          END
          ELSE "t93"."category_note" || '; ' || CASE
            WHEN "t93"."_fast_track"
            THEN 'tidlig opfølgning anmodet ' || CAST("t93"."early_followup_request_date" AS TEXT) || ' (§ 13 b, stk. 2)'
            ELSE ''
          END
        END
        WHEN CASE
          WHEN CASE
            WHEN "t93"."_fast_track"
            THEN 'tidlig opfølgning anmodet ' || CAST("t93"."early_followup_request_date" AS TEXT) || ' (§ 13 b, stk. 2)'
            ELSE ''
          END = ''
          THEN "t93"."category_note"
          WHEN "t93"."category_note" = ''
          THEN CASE
            WHEN "t93"."_fast_track"
            THEN 'tidlig opfølgning anmodet ' || CAST("t93"."early_followup_request_date" AS TEXT) || ' (§ 13 b, stk. 2)'
            ELSE ''
          END
          ELSE "t93"."category_note" || '; ' || CASE
            WHEN "t93"."_fast_track"
            THEN 'tidlig opfølgning anmodet ' || CAST("t93"."early_followup_request_date" AS TEXT) || ' (§ 13 b, stk. 2)'
            ELSE ''
          END
        END = ''
        THEN CASE
          WHEN "t93"."_weeks" IS NULL
          THEN 'reglen var ikke i kraft på første fraværsdag'
          WHEN CASE
            WHEN "t93"."category_exempt"
            THEN 'visitationskategori ' || "t93"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
            WHEN COALESCE(
              COALESCE("t93"."employed", FALSE)
              AND (
                CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" < CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END
              ),
              FALSE
            )
            THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t93"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
            ELSE ''
          END <> ''
          THEN CASE
            WHEN "t93"."category_exempt"
            THEN 'visitationskategori ' || "t93"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
            WHEN COALESCE(
              COALESCE("t93"."employed", FALSE)
              AND (
                CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" < CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END
              ),
              FALSE
            )
            THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t93"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
            ELSE ''
          END
          WHEN "t93"."fulfilled_date" IS NOT NULL
          THEN "t93"."held_text"
          WHEN (
            "t93"."end_date" IS NOT NULL
          )
          AND (
            "t93"."end_date" < "t93"."due_date"
          )
          AND (
            "t93"."fulfilled_date" IS NULL
          )
          THEN 'sygedagpengeforløbet sluttede ' || CAST("t93"."end_date" AS TEXT) || ' før fristen'
          ELSE 'ingen afholdt individuel opfølgningssamtale ved personligt fremmøde'
        END
        ELSE CASE
          WHEN CASE
            WHEN "t93"."_fast_track"
            THEN 'tidlig opfølgning anmodet ' || CAST("t93"."early_followup_request_date" AS TEXT) || ' (§ 13 b, stk. 2)'
            ELSE ''
          END = ''
          THEN "t93"."category_note"
          WHEN "t93"."category_note" = ''
          THEN CASE
            WHEN "t93"."_fast_track"
            THEN 'tidlig opfølgning anmodet ' || CAST("t93"."early_followup_request_date" AS TEXT) || ' (§ 13 b, stk. 2)'
            ELSE ''
          END
          ELSE "t93"."category_note" || '; ' || CASE
            WHEN "t93"."_fast_track"
            THEN 'tidlig opfølgning anmodet ' || CAST("t93"."early_followup_request_date" AS TEXT) || ' (§ 13 b, stk. 2)'
            ELSE ''
          END
        END || '; ' || CASE
          WHEN "t93"."_weeks" IS NULL
          THEN 'reglen var ikke i kraft på første fraværsdag'
          WHEN CASE
            WHEN "t93"."category_exempt"
            THEN 'visitationskategori ' || "t93"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
            WHEN COALESCE(
              COALESCE("t93"."employed", FALSE)
              AND (
                CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" < CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END
              ),
              FALSE
            )
            THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t93"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
            ELSE ''
          END <> ''
          THEN CASE
            WHEN "t93"."category_exempt"
            THEN 'visitationskategori ' || "t93"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
            WHEN COALESCE(
              COALESCE("t93"."employed", FALSE)
              AND (
                CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t93"."expected_absence_weeks" < CASE
                  WHEN "t93"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t93"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END
              ),
              FALSE
            )
            THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t93"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
            ELSE ''
          END
          WHEN "t93"."fulfilled_date" IS NOT NULL
          THEN "t93"."held_text"
          WHEN (
            "t93"."end_date" IS NOT NULL
          )
          AND (
            "t93"."end_date" < "t93"."due_date"
          )
          AND (
            "t93"."fulfilled_date" IS NULL
          )
          THEN 'sygedagpengeforløbet sluttede ' || CAST("t93"."end_date" AS TEXT) || ' før fristen'
          ELSE 'ingen afholdt individuel opfølgningssamtale ved personligt fremmøde'
        END
      END || '; ' || CASE
        WHEN "t93"."exemption_applies"
        THEN 'fritaget ' || CAST("t93"."exemption_start" AS TEXT) || '–' || CAST("t93"."exemption_end" AS TEXT) || ' (' || "t93"."exemption_reason" || '), fristen forlænget'
        ELSE ''
      END
    END AS "evidence"
  FROM (
    SELECT
      "t89"."person_id",
      "t89"."benefit",
      "t89"."start_date",
      "t89"."end_date",
      "t89"."first_contact_date",
      "t89"."target_group",
      "t89"."first_absence_date",
      "t89"."sickness_category",
      "t89"."employed",
      "t89"."handover_date",
      "t89"."expected_absence_weeks",
      "t89"."work_obligation",
      "t89"."municipality",
      "t89"."early_followup_request_date",
      "t89"."education_order",
      "t89"."periods",
      "t89"."window_start",
      "t89"."category_in_force",
      "t89"."category_exempt",
      "t89"."category_note",
      "t89"."_weeks",
      "t89"."_fast_track",
      "t89"."due0",
      "t89"."exemption_start",
      "t89"."exemption_end",
      "t89"."exemption_reason",
      "t89"."due_date",
      "t89"."exemption_applies",
      "t92"."person_id" AS "person_id_right",
      "t92"."benefit" AS "benefit_right",
      "t92"."start_date" AS "start_date_right",
      "t92"."fulfilled_date",
      "t92"."held_text"
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
        "t84"."category_in_force",
        "t84"."category_exempt",
        "t84"."category_note",
        "t84"."_weeks",
        "t84"."_fast_track",
        "t84"."due0",
        "t84"."exemption_start",
        "t84"."exemption_end",
        "t84"."exemption_reason",
        CASE
          WHEN (
            "t84"."exemption_end" IS NOT NULL
          )
          AND COALESCE(
            CASE
              WHEN "t84"."window_start" >= MAKE_DATE(2015, 1, 1)
              THEN TRUE
              ELSE CAST(NULL AS BOOLEAN)
            END,
            FALSE
          )
          THEN CAST(CAST("t84"."exemption_end" + TO_DAYS(
            DATE_DIFF('DAY', GREATEST("t84"."exemption_start", "t84"."window_start"), "t84"."due0") + 1
          ) AS TIMESTAMP) AS DATE)
          ELSE "t84"."due0"
        END AS "due_date",
        (
          "t84"."exemption_end" IS NOT NULL
        )
        AND COALESCE(
          CASE
            WHEN "t84"."window_start" >= MAKE_DATE(2015, 1, 1)
            THEN TRUE
            ELSE CAST(NULL AS BOOLEAN)
          END,
          FALSE
        ) AS "exemption_applies"
      FROM (
        SELECT
          "t83".*
          EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
        FROM (
          SELECT
            "t78"."person_id",
            "t78"."benefit",
            "t78"."start_date",
            "t78"."end_date",
            "t78"."first_contact_date",
            "t78"."target_group",
            "t78"."first_absence_date",
            "t78"."sickness_category",
            "t78"."employed",
            "t78"."handover_date",
            "t78"."expected_absence_weeks",
            "t78"."work_obligation",
            "t78"."municipality",
            "t78"."early_followup_request_date",
            "t78"."education_order",
            "t78"."periods",
            "t78"."window_start",
            "t78"."category_in_force",
            "t78"."category_exempt",
            "t78"."category_note",
            "t78"."_weeks",
            "t78"."_fast_track",
            "t78"."due0",
            "t82"."person_id" AS "person_id_right",
            "t82"."benefit" AS "benefit_right",
            "t82"."start_date" AS "start_date_right",
            "t82"."exemption_start",
            "t82"."exemption_end",
            "t82"."exemption_reason"
          FROM (
            SELECT
              "t75"."person_id",
              "t75"."benefit",
              "t75"."start_date",
              "t75"."end_date",
              "t75"."first_contact_date",
              "t75"."target_group",
              "t75"."first_absence_date",
              "t75"."sickness_category",
              "t75"."employed",
              "t75"."handover_date",
              "t75"."expected_absence_weeks",
              "t75"."work_obligation",
              "t75"."municipality",
              "t75"."early_followup_request_date",
              "t75"."education_order",
              "t75"."periods",
              "t75"."window_start",
              "t75"."category_in_force",
              "t75"."category_exempt",
              "t75"."category_note",
              CASE
                WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN 8
                ELSE CAST(NULL AS BIGINT)
              END AS "_weeks",
              COALESCE(
                (
                  CAST(CAST("t75"."early_followup_request_date" + TO_DAYS(
                    CASE
                      WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                      THEN 2
                      ELSE CAST(NULL AS BIGINT)
                    END * 7
                  ) AS TIMESTAMP) AS DATE) IS NOT NULL
                )
                AND (
                  CAST(CAST("t75"."early_followup_request_date" + TO_DAYS(
                    CASE
                      WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                      THEN 2
                      ELSE CAST(NULL AS BIGINT)
                    END * 7
                  ) AS TIMESTAMP) AS DATE) < CAST(CAST("t75"."window_start" + TO_DAYS(
                    (
                      COALESCE(
                        CASE
                          WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                          THEN 8
                          ELSE CAST(NULL AS BIGINT)
                        END,
                        0
                      ) * 7
                    ) - 1
                  ) AS TIMESTAMP) AS DATE)
                ),
                FALSE
              ) AS "_fast_track",
              CASE
                WHEN COALESCE(
                  (
                    CAST(CAST("t75"."early_followup_request_date" + TO_DAYS(
                      CASE
                        WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                        THEN 2
                        ELSE CAST(NULL AS BIGINT)
                      END * 7
                    ) AS TIMESTAMP) AS DATE) IS NOT NULL
                  )
                  AND (
                    CAST(CAST("t75"."early_followup_request_date" + TO_DAYS(
                      CASE
                        WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                        THEN 2
                        ELSE CAST(NULL AS BIGINT)
                      END * 7
                    ) AS TIMESTAMP) AS DATE) < CAST(CAST("t75"."window_start" + TO_DAYS(
                      (
                        COALESCE(
                          CASE
                            WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN 8
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        ) * 7
                      ) - 1
                    ) AS TIMESTAMP) AS DATE)
                  ),
                  FALSE
                )
                THEN CAST(CAST("t75"."early_followup_request_date" + TO_DAYS(
                  CASE
                    WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                    THEN 2
                    ELSE CAST(NULL AS BIGINT)
                  END * 7
                ) AS TIMESTAMP) AS DATE)
                ELSE CAST(CAST("t75"."window_start" + TO_DAYS(
                  (
                    COALESCE(
                      CASE
                        WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                        THEN 8
                        ELSE CAST(NULL AS BIGINT)
                      END,
                      0
                    ) * 7
                  ) - 1
                ) AS TIMESTAMP) AS DATE)
              END AS "due0"
            FROM (
              SELECT
                "t74".*
                EXCLUDE ("_cat1_until")
              FROM (
                SELECT
                  "t73"."person_id",
                  "t73"."benefit",
                  "t73"."start_date",
                  "t73"."end_date",
                  "t73"."first_contact_date",
                  "t73"."target_group",
                  "t73"."first_absence_date",
                  "t73"."sickness_category",
                  "t73"."employed",
                  "t73"."handover_date",
                  "t73"."expected_absence_weeks",
                  "t73"."work_obligation",
                  "t73"."municipality",
                  "t73"."early_followup_request_date",
                  "t73"."education_order",
                  "t73"."periods",
                  "t73"."window_start",
                  "t73"."_cat1_until",
                  "t73"."category_in_force",
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t73"."window_start" >= MAKE_DATE(2025, 1, 1)
                        THEN ['1']
                        WHEN "t73"."window_start" >= MAKE_DATE(2015, 1, 1)
                        THEN ['1']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t73"."category_in_force"
                    ),
                    FALSE
                  )
                  AND (
                    (
                      CASE
                        WHEN "t73"."window_start" >= MAKE_DATE(2015, 1, 1)
                        THEN 8
                        ELSE CAST(NULL AS BIGINT)
                      END IS NULL
                    )
                    OR (
                      (
                        "t73"."end_date" IS NOT NULL
                      )
                      AND (
                        "t73"."end_date" <= "t73"."_cat1_until"
                      )
                    )
                  ) AS "category_exempt",
                  CASE
                    WHEN NOT (
                      COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t73"."window_start" >= MAKE_DATE(2025, 1, 1)
                            THEN ['1']
                            WHEN "t73"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN ['1']
                            ELSE CAST(NULL AS TEXT[])
                          END,
                          "t73"."category_in_force"
                        ),
                        FALSE
                      )
                    )
                    OR (
                      CASE
                        WHEN "t73"."window_start" >= MAKE_DATE(2015, 1, 1)
                        THEN 8
                        ELSE CAST(NULL AS BIGINT)
                      END IS NULL
                    )
                    OR (
                      (
                        "t73"."end_date" IS NOT NULL
                      )
                      AND (
                        "t73"."end_date" <= "t73"."_cat1_until"
                      )
                    )
                    THEN ''
                    WHEN CAST($as_of AS DATE) <= "t73"."_cat1_until"
                    THEN 'kategori ' || "t73"."category_in_force" || ': opfølgningssamtale og revisitation, hvis fraværet varer ud over ' || CAST(CASE
                      WHEN "t73"."window_start" >= MAKE_DATE(2015, 1, 1)
                      THEN 8
                      ELSE CAST(NULL AS BIGINT)
                    END AS TEXT) || ' uger (§ 13 a, stk. 1)'
                    ELSE 'kategori ' || "t73"."category_in_force" || ' og fraværet varer ud over ' || CAST(CASE
                      WHEN "t73"."window_start" >= MAKE_DATE(2015, 1, 1)
                      THEN 8
                      ELSE CAST(NULL AS BIGINT)
                    END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
                  END AS "category_note"
                FROM (
                  SELECT
                    "t72".*
                    EXCLUDE ("_cat_found")
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
                      "t71"."_cat1_until",
                      "t71"."_cat_found",
                      COALESCE("t71"."_cat_found", "t71"."sickness_category") AS "category_in_force"
                    FROM (
                      SELECT
                        "t70".*
                        EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                          "t65"."_cat1_until",
                          "t69"."person_id" AS "person_id_right",
                          "t69"."benefit" AS "benefit_right",
                          "t69"."start_date" AS "start_date_right",
                          "t69"."_cat_found"
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
                            "t62"."first_contact_date",
                            "t62"."target_group",
                            "t62"."first_absence_date",
                            "t62"."sickness_category",
                            "t62"."employed",
                            "t62"."handover_date",
                            "t62"."expected_absence_weeks",
                            "t62"."work_obligation",
                            "t62"."municipality",
                            "t62"."early_followup_request_date",
                            "t62"."education_order",
                            "t62"."periods",
                            COALESCE("t62"."first_absence_date", "t62"."_key") AS "window_start",
                            CAST(CAST(COALESCE("t62"."first_absence_date", "t62"."_key") + TO_DAYS(
                              (
                                COALESCE(
                                  CASE
                                    WHEN COALESCE("t62"."first_absence_date", "t62"."_key") >= MAKE_DATE(2015, 1, 1)
                                    THEN 8
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                ) * 7
                              ) - 1
                            ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                          FROM "t61" AS "t62"
                          WHERE
                            "t62"."benefit" IN ('sygedagpenge')
                        ) AS "t65"
                        LEFT OUTER JOIN (
                          SELECT
                            "t67"."person_id",
                            "t67"."benefit",
                            "t67"."start_date",
                            FIRST("t67"."_cat" ORDER BY "t67"."_from" DESC) AS "_cat_found"
                          FROM (
                            SELECT
                              "t66"."person_id",
                              "t66"."benefit",
                              "t66"."start_date",
                              "t66"."_day",
                              "t66"."_last",
                              "t8"."_pid",
                              "t8"."_from",
                              "t8"."_cat"
                            FROM (
                              SELECT
                                "t62"."person_id",
                                "t62"."benefit",
                                "t62"."_key" AS "start_date",
                                CAST(CAST(COALESCE("t62"."first_absence_date", "t62"."_key") + TO_DAYS(
                                  (
                                    COALESCE(
                                      CASE
                                        WHEN COALESCE("t62"."first_absence_date", "t62"."_key") >= MAKE_DATE(2015, 1, 1)
                                        THEN 8
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) * 7
                                  ) - 1
                                ) AS TIMESTAMP) AS DATE) AS "_day",
                                CASE
                                  WHEN "t62"."_end" = MAKE_DATE(9999, 12, 31)
                                  THEN CAST(NULL AS DATE)
                                  ELSE "t62"."_end"
                                END AS "_last"
                              FROM "t61" AS "t62"
                              WHERE
                                "t62"."benefit" IN ('sygedagpenge')
                            ) AS "t66"
                            INNER JOIN (
                              SELECT
                                "t2"."person_id" AS "_pid",
                                "t2"."start_date" AS "_from",
                                "t2"."sickness_category" AS "_cat"
                              FROM "benefit_periods" AS "t2"
                              WHERE
                                "t2"."benefit" = 'sygedagpenge'
                                AND "t2"."start_date" <= CAST($as_of AS DATE)
                                AND "t2"."sickness_category" IS NOT NULL
                            ) AS "t8"
                              ON "t66"."person_id" = "t8"."_pid"
                              AND "t8"."_from" >= "t66"."start_date"
                              AND "t8"."_from" <= "t66"."_day"
                              AND (
                                (
                                  "t66"."_last" IS NULL
                                ) OR (
                                  "t8"."_from" <= "t66"."_last"
                                )
                              )
                          ) AS "t67"
                          GROUP BY
                            1,
                            2,
                            3
                        ) AS "t69"
                          ON "t65"."person_id" = "t69"."person_id"
                          AND "t65"."benefit" = "t69"."benefit"
                          AND "t65"."start_date" = "t69"."start_date"
                      ) AS "t70"
                    ) AS "t71"
                  ) AS "t72"
                ) AS "t73"
              ) AS "t74"
            ) AS "t75"
          ) AS "t78"
          LEFT OUTER JOIN (
            SELECT
              "t80"."person_id",
              "t80"."benefit",
              "t80"."start_date",
              FIRST("t80"."_from" ORDER BY "t80"."_to" DESC) AS "exemption_start",
              MAX("t80"."_to") AS "exemption_end",
              FIRST("t80"."_reason" ORDER BY "t80"."_to" DESC) AS "exemption_reason"
            FROM (
              SELECT
                "t79"."person_id",
                "t79"."benefit",
                "t79"."start_date",
                "t79"."_day",
                "t7"."_pid",
                "t7"."_from",
                "t7"."_to",
                "t7"."_reason"
              FROM (
                SELECT
                  "t75"."person_id",
                  "t75"."benefit",
                  "t75"."start_date",
                  CASE
                    WHEN COALESCE(
                      (
                        CAST(CAST("t75"."early_followup_request_date" + TO_DAYS(
                          CASE
                            WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN 2
                            ELSE CAST(NULL AS BIGINT)
                          END * 7
                        ) AS TIMESTAMP) AS DATE) IS NOT NULL
                      )
                      AND (
                        CAST(CAST("t75"."early_followup_request_date" + TO_DAYS(
                          CASE
                            WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN 2
                            ELSE CAST(NULL AS BIGINT)
                          END * 7
                        ) AS TIMESTAMP) AS DATE) < CAST(CAST("t75"."window_start" + TO_DAYS(
                          (
                            COALESCE(
                              CASE
                                WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN 8
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            ) * 7
                          ) - 1
                        ) AS TIMESTAMP) AS DATE)
                      ),
                      FALSE
                    )
                    THEN CAST(CAST("t75"."early_followup_request_date" + TO_DAYS(
                      CASE
                        WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                        THEN 2
                        ELSE CAST(NULL AS BIGINT)
                      END * 7
                    ) AS TIMESTAMP) AS DATE)
                    ELSE CAST(CAST("t75"."window_start" + TO_DAYS(
                      (
                        COALESCE(
                          CASE
                            WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN 8
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        ) * 7
                      ) - 1
                    ) AS TIMESTAMP) AS DATE)
                  END AS "_day"
                FROM (
                  SELECT
                    "t74".*
                    EXCLUDE ("_cat1_until")
                  FROM (
                    SELECT
                      "t73"."person_id",
                      "t73"."benefit",
                      "t73"."start_date",
                      "t73"."end_date",
                      "t73"."first_contact_date",
                      "t73"."target_group",
                      "t73"."first_absence_date",
                      "t73"."sickness_category",
                      "t73"."employed",
                      "t73"."handover_date",
                      "t73"."expected_absence_weeks",
                      "t73"."work_obligation",
                      "t73"."municipality",
                      "t73"."early_followup_request_date",
                      "t73"."education_order",
                      "t73"."periods",
                      "t73"."window_start",
                      "t73"."_cat1_until",
                      "t73"."category_in_force",
                      COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t73"."window_start" >= MAKE_DATE(2025, 1, 1)
                            THEN ['1']
                            WHEN "t73"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN ['1']
                            ELSE CAST(NULL AS TEXT[])
                          END,
                          "t73"."category_in_force"
                        ),
                        FALSE
                      )
                      AND (
                        (
                          CASE
                            WHEN "t73"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN 8
                            ELSE CAST(NULL AS BIGINT)
                          END IS NULL
                        )
                        OR (
                          (
                            "t73"."end_date" IS NOT NULL
                          )
                          AND (
                            "t73"."end_date" <= "t73"."_cat1_until"
                          )
                        )
                      ) AS "category_exempt",
                      CASE
                        WHEN NOT (
                          COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t73"."window_start" >= MAKE_DATE(2025, 1, 1)
                                THEN ['1']
                                WHEN "t73"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN ['1']
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              "t73"."category_in_force"
                            ),
                            FALSE
                          )
                        )
                        OR (
                          CASE
                            WHEN "t73"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN 8
                            ELSE CAST(NULL AS BIGINT)
                          END IS NULL
                        )
                        OR (
                          (
                            "t73"."end_date" IS NOT NULL
                          )
                          AND (
                            "t73"."end_date" <= "t73"."_cat1_until"
                          )
                        )
                        THEN ''
                        WHEN CAST($as_of AS DATE) <= "t73"."_cat1_until"
                        THEN 'kategori ' || "t73"."category_in_force" || ': opfølgningssamtale og revisitation, hvis fraværet varer ud over ' || CAST(CASE
                          WHEN "t73"."window_start" >= MAKE_DATE(2015, 1, 1)
                          THEN 8
                          ELSE CAST(NULL AS BIGINT)
                        END AS TEXT) || ' uger (§ 13 a, stk. 1)'
                        ELSE 'kategori ' || "t73"."category_in_force" || ' og fraværet varer ud over ' || CAST(CASE
                          WHEN "t73"."window_start" >= MAKE_DATE(2015, 1, 1)
                          THEN 8
                          ELSE CAST(NULL AS BIGINT)
                        END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
                      END AS "category_note"
                    FROM (
                      SELECT
                        "t72".*
                        EXCLUDE ("_cat_found")
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
                          "t71"."_cat1_until",
                          "t71"."_cat_found",
                          COALESCE("t71"."_cat_found", "t71"."sickness_category") AS "category_in_force"
                        FROM (
                          SELECT
                            "t70".*
                            EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                              "t65"."_cat1_until",
                              "t69"."person_id" AS "person_id_right",
                              "t69"."benefit" AS "benefit_right",
                              "t69"."start_date" AS "start_date_right",
                              "t69"."_cat_found"
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
                                "t62"."first_contact_date",
                                "t62"."target_group",
                                "t62"."first_absence_date",
                                "t62"."sickness_category",
                                "t62"."employed",
                                "t62"."handover_date",
                                "t62"."expected_absence_weeks",
                                "t62"."work_obligation",
                                "t62"."municipality",
                                "t62"."early_followup_request_date",
                                "t62"."education_order",
                                "t62"."periods",
                                COALESCE("t62"."first_absence_date", "t62"."_key") AS "window_start",
                                CAST(CAST(COALESCE("t62"."first_absence_date", "t62"."_key") + TO_DAYS(
                                  (
                                    COALESCE(
                                      CASE
                                        WHEN COALESCE("t62"."first_absence_date", "t62"."_key") >= MAKE_DATE(2015, 1, 1)
                                        THEN 8
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) * 7
                                  ) - 1
                                ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                              FROM "t61" AS "t62"
                              WHERE
                                "t62"."benefit" IN ('sygedagpenge')
                            ) AS "t65"
                            LEFT OUTER JOIN (
                              SELECT
                                "t67"."person_id",
                                "t67"."benefit",
                                "t67"."start_date",
                                FIRST("t67"."_cat" ORDER BY "t67"."_from" DESC) AS "_cat_found"
                              FROM (
                                SELECT
                                  "t66"."person_id",
                                  "t66"."benefit",
                                  "t66"."start_date",
                                  "t66"."_day",
                                  "t66"."_last",
                                  "t8"."_pid",
                                  "t8"."_from",
                                  "t8"."_cat"
                                FROM (
                                  SELECT
                                    "t62"."person_id",
                                    "t62"."benefit",
                                    "t62"."_key" AS "start_date",
                                    CAST(CAST(COALESCE("t62"."first_absence_date", "t62"."_key") + TO_DAYS(
                                      (
                                        COALESCE(
                                          CASE
                                            WHEN COALESCE("t62"."first_absence_date", "t62"."_key") >= MAKE_DATE(2015, 1, 1)
                                            THEN 8
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        ) * 7
                                      ) - 1
                                    ) AS TIMESTAMP) AS DATE) AS "_day",
                                    CASE
                                      WHEN "t62"."_end" = MAKE_DATE(9999, 12, 31)
                                      THEN CAST(NULL AS DATE)
                                      ELSE "t62"."_end"
                                    END AS "_last"
                                  FROM "t61" AS "t62"
                                  WHERE
                                    "t62"."benefit" IN ('sygedagpenge')
                                ) AS "t66"
                                INNER JOIN (
                                  SELECT
                                    "t2"."person_id" AS "_pid",
                                    "t2"."start_date" AS "_from",
                                    "t2"."sickness_category" AS "_cat"
                                  FROM "benefit_periods" AS "t2"
                                  WHERE
                                    "t2"."benefit" = 'sygedagpenge'
                                    AND "t2"."start_date" <= CAST($as_of AS DATE)
                                    AND "t2"."sickness_category" IS NOT NULL
                                ) AS "t8"
                                  ON "t66"."person_id" = "t8"."_pid"
                                  AND "t8"."_from" >= "t66"."start_date"
                                  AND "t8"."_from" <= "t66"."_day"
                                  AND (
                                    (
                                      "t66"."_last" IS NULL
                                    ) OR (
                                      "t8"."_from" <= "t66"."_last"
                                    )
                                  )
                              ) AS "t67"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t69"
                              ON "t65"."person_id" = "t69"."person_id"
                              AND "t65"."benefit" = "t69"."benefit"
                              AND "t65"."start_date" = "t69"."start_date"
                          ) AS "t70"
                        ) AS "t71"
                      ) AS "t72"
                    ) AS "t73"
                  ) AS "t74"
                ) AS "t75"
              ) AS "t79"
              INNER JOIN (
                SELECT
                  "t1"."person_id" AS "_pid",
                  "t1"."start_date" AS "_from",
                  "t1"."end_date" AS "_to",
                  "t1"."reason" AS "_reason"
                FROM "exemptions" AS "t1"
                WHERE
                  "t1"."start_date" <= CAST($as_of AS DATE)
              ) AS "t7"
                ON "t79"."person_id" = "t7"."_pid"
                AND "t7"."_from" <= "t79"."_day"
                AND "t7"."_to" >= "t79"."_day"
            ) AS "t80"
            GROUP BY
              1,
              2,
              3
          ) AS "t82"
            ON "t78"."person_id" = "t82"."person_id"
            AND "t78"."benefit" = "t82"."benefit"
            AND "t78"."start_date" = "t82"."start_date"
        ) AS "t83"
      ) AS "t84"
    ) AS "t89"
    LEFT OUTER JOIN (
      SELECT
        "t90"."person_id",
        "t90"."benefit",
        "t90"."start_date",
        MIN("t90"."date") AS "fulfilled_date",
        FIRST(
          "t90"."description" ORDER BY CAST("t90"."date" AS TEXT) || '|' || "t90"."description"
        ) AS "held_text"
      FROM (
        SELECT
          "t87"."person_id",
          "t87"."benefit",
          "t87"."start_date",
          "t87"."date",
          "t87"."kind" || ' ' || CAST("t87"."date" AS TEXT) || ' (' || "t87"."form" || ', ' || "t87"."held_by" || ')' AS "description"
        FROM (
          SELECT
            "t86"."person_id",
            "t86"."benefit",
            "t86"."start_date",
            "t86"."_ws",
            "t86"."_last",
            "t6"."person_id" AS "person_id_right",
            "t6"."date",
            "t6"."kind",
            "t6"."form",
            "t6"."held_by",
            "t6"."status",
            "t6"."individual",
            "t6"."caseworker_id",
            "t6"."purpose"
          FROM (
            SELECT
              "t84"."person_id",
              "t84"."benefit",
              "t84"."start_date",
              "t84"."window_start" AS "_ws",
              COALESCE("t84"."end_date", CAST($as_of AS DATE)) AS "_last"
            FROM (
              SELECT
                "t83".*
                EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
              FROM (
                SELECT
                  "t78"."person_id",
                  "t78"."benefit",
                  "t78"."start_date",
                  "t78"."end_date",
                  "t78"."first_contact_date",
                  "t78"."target_group",
                  "t78"."first_absence_date",
                  "t78"."sickness_category",
                  "t78"."employed",
                  "t78"."handover_date",
                  "t78"."expected_absence_weeks",
                  "t78"."work_obligation",
                  "t78"."municipality",
                  "t78"."early_followup_request_date",
                  "t78"."education_order",
                  "t78"."periods",
                  "t78"."window_start",
                  "t78"."category_in_force",
                  "t78"."category_exempt",
                  "t78"."category_note",
                  "t78"."_weeks",
                  "t78"."_fast_track",
                  "t78"."due0",
                  "t82"."person_id" AS "person_id_right",
                  "t82"."benefit" AS "benefit_right",
                  "t82"."start_date" AS "start_date_right",
                  "t82"."exemption_start",
                  "t82"."exemption_end",
                  "t82"."exemption_reason"
                FROM (
                  SELECT
                    "t75"."person_id",
                    "t75"."benefit",
                    "t75"."start_date",
                    "t75"."end_date",
                    "t75"."first_contact_date",
                    "t75"."target_group",
                    "t75"."first_absence_date",
                    "t75"."sickness_category",
                    "t75"."employed",
                    "t75"."handover_date",
                    "t75"."expected_absence_weeks",
                    "t75"."work_obligation",
                    "t75"."municipality",
                    "t75"."early_followup_request_date",
                    "t75"."education_order",
                    "t75"."periods",
                    "t75"."window_start",
                    "t75"."category_in_force",
                    "t75"."category_exempt",
                    "t75"."category_note",
                    CASE
                      WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                      THEN 8
                      ELSE CAST(NULL AS BIGINT)
                    END AS "_weeks",
                    COALESCE(
                      (
                        CAST(CAST("t75"."early_followup_request_date" + TO_DAYS(
                          CASE
                            WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN 2
                            ELSE CAST(NULL AS BIGINT)
                          END * 7
                        ) AS TIMESTAMP) AS DATE) IS NOT NULL
                      )
                      AND (
                        CAST(CAST("t75"."early_followup_request_date" + TO_DAYS(
                          CASE
                            WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN 2
                            ELSE CAST(NULL AS BIGINT)
                          END * 7
                        ) AS TIMESTAMP) AS DATE) < CAST(CAST("t75"."window_start" + TO_DAYS(
                          (
                            COALESCE(
                              CASE
                                WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN 8
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            ) * 7
                          ) - 1
                        ) AS TIMESTAMP) AS DATE)
                      ),
                      FALSE
                    ) AS "_fast_track",
                    CASE
                      WHEN COALESCE(
                        (
                          CAST(CAST("t75"."early_followup_request_date" + TO_DAYS(
                            CASE
                              WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                              THEN 2
                              ELSE CAST(NULL AS BIGINT)
                            END * 7
                          ) AS TIMESTAMP) AS DATE) IS NOT NULL
                        )
                        AND (
                          CAST(CAST("t75"."early_followup_request_date" + TO_DAYS(
                            CASE
                              WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                              THEN 2
                              ELSE CAST(NULL AS BIGINT)
                            END * 7
                          ) AS TIMESTAMP) AS DATE) < CAST(CAST("t75"."window_start" + TO_DAYS(
                            (
                              COALESCE(
                                CASE
                                  WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                                  THEN 8
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              ) * 7
                            ) - 1
                          ) AS TIMESTAMP) AS DATE)
                        ),
                        FALSE
                      )
                      THEN CAST(CAST("t75"."early_followup_request_date" + TO_DAYS(
                        CASE
                          WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                          THEN 2
                          ELSE CAST(NULL AS BIGINT)
                        END * 7
                      ) AS TIMESTAMP) AS DATE)
                      ELSE CAST(CAST("t75"."window_start" + TO_DAYS(
                        (
                          COALESCE(
                            CASE
                              WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                              THEN 8
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          ) * 7
                        ) - 1
                      ) AS TIMESTAMP) AS DATE)
                    END AS "due0"
                  FROM (
                    SELECT
                      "t74".*
                      EXCLUDE ("_cat1_until")
                    FROM (
                      SELECT
                        "t73"."person_id",
                        "t73"."benefit",
                        "t73"."start_date",
                        "t73"."end_date",
                        "t73"."first_contact_date",
                        "t73"."target_group",
                        "t73"."first_absence_date",
                        "t73"."sickness_category",
                        "t73"."employed",
                        "t73"."handover_date",
                        "t73"."expected_absence_weeks",
                        "t73"."work_obligation",
                        "t73"."municipality",
                        "t73"."early_followup_request_date",
                        "t73"."education_order",
                        "t73"."periods",
                        "t73"."window_start",
                        "t73"."_cat1_until",
                        "t73"."category_in_force",
                        COALESCE(
                          ARRAY_CONTAINS(
                            CASE
                              WHEN "t73"."window_start" >= MAKE_DATE(2025, 1, 1)
                              THEN ['1']
                              WHEN "t73"."window_start" >= MAKE_DATE(2015, 1, 1)
                              THEN ['1']
                              ELSE CAST(NULL AS TEXT[])
                            END,
                            "t73"."category_in_force"
                          ),
                          FALSE
                        )
                        AND (
                          (
                            CASE
                              WHEN "t73"."window_start" >= MAKE_DATE(2015, 1, 1)
                              THEN 8
                              ELSE CAST(NULL AS BIGINT)
                            END IS NULL
                          )
                          OR (
                            (
                              "t73"."end_date" IS NOT NULL
                            )
                            AND (
                              "t73"."end_date" <= "t73"."_cat1_until"
                            )
                          )
                        ) AS "category_exempt",
                        CASE
                          WHEN NOT (
                            COALESCE(
                              ARRAY_CONTAINS(
                                CASE
                                  WHEN "t73"."window_start" >= MAKE_DATE(2025, 1, 1)
                                  THEN ['1']
                                  WHEN "t73"."window_start" >= MAKE_DATE(2015, 1, 1)
                                  THEN ['1']
                                  ELSE CAST(NULL AS TEXT[])
                                END,
                                "t73"."category_in_force"
                              ),
                              FALSE
                            )
                          )
                          OR (
                            CASE
                              WHEN "t73"."window_start" >= MAKE_DATE(2015, 1, 1)
                              THEN 8
                              ELSE CAST(NULL AS BIGINT)
                            END IS NULL
                          )
                          OR (
                            (
                              "t73"."end_date" IS NOT NULL
                            )
                            AND (
                              "t73"."end_date" <= "t73"."_cat1_until"
                            )
                          )
                          THEN ''
                          WHEN CAST($as_of AS DATE) <= "t73"."_cat1_until"
                          THEN 'kategori ' || "t73"."category_in_force" || ': opfølgningssamtale og revisitation, hvis fraværet varer ud over ' || CAST(CASE
                            WHEN "t73"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN 8
                            ELSE CAST(NULL AS BIGINT)
                          END AS TEXT) || ' uger (§ 13 a, stk. 1)'
                          ELSE 'kategori ' || "t73"."category_in_force" || ' og fraværet varer ud over ' || CAST(CASE
                            WHEN "t73"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN 8
                            ELSE CAST(NULL AS BIGINT)
                          END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
                        END AS "category_note"
                      FROM (
                        SELECT
                          "t72".*
                          EXCLUDE ("_cat_found")
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
                            "t71"."_cat1_until",
                            "t71"."_cat_found",
                            COALESCE("t71"."_cat_found", "t71"."sickness_category") AS "category_in_force"
                          FROM (
                            SELECT
                              "t70".*
                              EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                "t65"."_cat1_until",
                                "t69"."person_id" AS "person_id_right",
                                "t69"."benefit" AS "benefit_right",
                                "t69"."start_date" AS "start_date_right",
                                "t69"."_cat_found"
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
                                  "t62"."first_contact_date",
                                  "t62"."target_group",
                                  "t62"."first_absence_date",
                                  "t62"."sickness_category",
                                  "t62"."employed",
                                  "t62"."handover_date",
                                  "t62"."expected_absence_weeks",
                                  "t62"."work_obligation",
                                  "t62"."municipality",
                                  "t62"."early_followup_request_date",
                                  "t62"."education_order",
                                  "t62"."periods",
                                  COALESCE("t62"."first_absence_date", "t62"."_key") AS "window_start",
                                  CAST(CAST(COALESCE("t62"."first_absence_date", "t62"."_key") + TO_DAYS(
                                    (
                                      COALESCE(
                                        CASE
                                          WHEN COALESCE("t62"."first_absence_date", "t62"."_key") >= MAKE_DATE(2015, 1, 1)
                                          THEN 8
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      ) * 7
                                    ) - 1
                                  ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                                FROM "t61" AS "t62"
                                WHERE
                                  "t62"."benefit" IN ('sygedagpenge')
                              ) AS "t65"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t67"."person_id",
                                  "t67"."benefit",
                                  "t67"."start_date",
                                  FIRST("t67"."_cat" ORDER BY "t67"."_from" DESC) AS "_cat_found"
                                FROM (
                                  SELECT
                                    "t66"."person_id",
                                    "t66"."benefit",
                                    "t66"."start_date",
                                    "t66"."_day",
                                    "t66"."_last",
                                    "t8"."_pid",
                                    "t8"."_from",
                                    "t8"."_cat"
                                  FROM (
                                    SELECT
                                      "t62"."person_id",
                                      "t62"."benefit",
                                      "t62"."_key" AS "start_date",
                                      CAST(CAST(COALESCE("t62"."first_absence_date", "t62"."_key") + TO_DAYS(
                                        (
                                          COALESCE(
                                            CASE
                                              WHEN COALESCE("t62"."first_absence_date", "t62"."_key") >= MAKE_DATE(2015, 1, 1)
                                              THEN 8
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) * 7
                                        ) - 1
                                      ) AS TIMESTAMP) AS DATE) AS "_day",
                                      CASE
                                        WHEN "t62"."_end" = MAKE_DATE(9999, 12, 31)
                                        THEN CAST(NULL AS DATE)
                                        ELSE "t62"."_end"
                                      END AS "_last"
                                    FROM "t61" AS "t62"
                                    WHERE
                                      "t62"."benefit" IN ('sygedagpenge')
                                  ) AS "t66"
                                  INNER JOIN (
                                    SELECT
                                      "t2"."person_id" AS "_pid",
                                      "t2"."start_date" AS "_from",
                                      "t2"."sickness_category" AS "_cat"
                                    FROM "benefit_periods" AS "t2"
                                    WHERE
                                      "t2"."benefit" = 'sygedagpenge'
                                      AND "t2"."start_date" <= CAST($as_of AS DATE)
                                      AND "t2"."sickness_category" IS NOT NULL
                                  ) AS "t8"
                                    ON "t66"."person_id" = "t8"."_pid"
                                    AND "t8"."_from" >= "t66"."start_date"
                                    AND "t8"."_from" <= "t66"."_day"
                                    AND (
                                      (
                                        "t66"."_last" IS NULL
                                      ) OR (
                                        "t8"."_from" <= "t66"."_last"
                                      )
                                    )
                                ) AS "t67"
                                GROUP BY
                                  1,
                                  2,
                                  3
                              ) AS "t69"
                                ON "t65"."person_id" = "t69"."person_id"
                                AND "t65"."benefit" = "t69"."benefit"
                                AND "t65"."start_date" = "t69"."start_date"
                            ) AS "t70"
                          ) AS "t71"
                        ) AS "t72"
                      ) AS "t73"
                    ) AS "t74"
                  ) AS "t75"
                ) AS "t78"
                LEFT OUTER JOIN (
                  SELECT
                    "t80"."person_id",
                    "t80"."benefit",
                    "t80"."start_date",
                    FIRST("t80"."_from" ORDER BY "t80"."_to" DESC) AS "exemption_start",
                    MAX("t80"."_to") AS "exemption_end",
                    FIRST("t80"."_reason" ORDER BY "t80"."_to" DESC) AS "exemption_reason"
                  FROM (
                    SELECT
                      "t79"."person_id",
                      "t79"."benefit",
                      "t79"."start_date",
                      "t79"."_day",
                      "t7"."_pid",
                      "t7"."_from",
                      "t7"."_to",
                      "t7"."_reason"
                    FROM (
                      SELECT
                        "t75"."person_id",
                        "t75"."benefit",
                        "t75"."start_date",
                        CASE
                          WHEN COALESCE(
                            (
                              CAST(CAST("t75"."early_followup_request_date" + TO_DAYS(
                                CASE
                                  WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                                  THEN 2
                                  ELSE CAST(NULL AS BIGINT)
                                END * 7
                              ) AS TIMESTAMP) AS DATE) IS NOT NULL
                            )
                            AND (
                              CAST(CAST("t75"."early_followup_request_date" + TO_DAYS(
                                CASE
                                  WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                                  THEN 2
                                  ELSE CAST(NULL AS BIGINT)
                                END * 7
                              ) AS TIMESTAMP) AS DATE) < CAST(CAST("t75"."window_start" + TO_DAYS(
                                (
                                  COALESCE(
                                    CASE
                                      WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                                      THEN 8
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  ) * 7
                                ) - 1
                              ) AS TIMESTAMP) AS DATE)
                            ),
                            FALSE
                          )
                          THEN CAST(CAST("t75"."early_followup_request_date" + TO_DAYS(
                            CASE
                              WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                              THEN 2
                              ELSE CAST(NULL AS BIGINT)
                            END * 7
                          ) AS TIMESTAMP) AS DATE)
                          ELSE CAST(CAST("t75"."window_start" + TO_DAYS(
                            (
                              COALESCE(
                                CASE
                                  WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                                  THEN 8
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              ) * 7
                            ) - 1
                          ) AS TIMESTAMP) AS DATE)
                        END AS "_day"
                      FROM (
                        SELECT
                          "t74".*
                          EXCLUDE ("_cat1_until")
                        FROM (
                          SELECT
                            "t73"."person_id",
                            "t73"."benefit",
                            "t73"."start_date",
                            "t73"."end_date",
                            "t73"."first_contact_date",
                            "t73"."target_group",
                            "t73"."first_absence_date",
                            "t73"."sickness_category",
                            "t73"."employed",
                            "t73"."handover_date",
                            "t73"."expected_absence_weeks",
                            "t73"."work_obligation",
                            "t73"."municipality",
                            "t73"."early_followup_request_date",
                            "t73"."education_order",
                            "t73"."periods",
                            "t73"."window_start",
                            "t73"."_cat1_until",
                            "t73"."category_in_force",
                            COALESCE(
                              ARRAY_CONTAINS(
                                CASE
                                  WHEN "t73"."window_start" >= MAKE_DATE(2025, 1, 1)
                                  THEN ['1']
                                  WHEN "t73"."window_start" >= MAKE_DATE(2015, 1, 1)
                                  THEN ['1']
                                  ELSE CAST(NULL AS TEXT[])
                                END,
                                "t73"."category_in_force"
                              ),
                              FALSE
                            )
                            AND (
                              (
                                CASE
                                  WHEN "t73"."window_start" >= MAKE_DATE(2015, 1, 1)
                                  THEN 8
                                  ELSE CAST(NULL AS BIGINT)
                                END IS NULL
                              )
                              OR (
                                (
                                  "t73"."end_date" IS NOT NULL
                                )
                                AND (
                                  "t73"."end_date" <= "t73"."_cat1_until"
                                )
                              )
                            ) AS "category_exempt",
                            CASE
                              WHEN NOT (
                                COALESCE(
                                  ARRAY_CONTAINS(
                                    CASE
                                      WHEN "t73"."window_start" >= MAKE_DATE(2025, 1, 1)
                                      THEN ['1']
                                      WHEN "t73"."window_start" >= MAKE_DATE(2015, 1, 1)
                                      THEN ['1']
                                      ELSE CAST(NULL AS TEXT[])
                                    END,
                                    "t73"."category_in_force"
                                  ),
                                  FALSE
                                )
                              )
                              OR (
                                CASE
                                  WHEN "t73"."window_start" >= MAKE_DATE(2015, 1, 1)
                                  THEN 8
                                  ELSE CAST(NULL AS BIGINT)
                                END IS NULL
                              )
                              OR (
                                (
                                  "t73"."end_date" IS NOT NULL
                                )
                                AND (
                                  "t73"."end_date" <= "t73"."_cat1_until"
                                )
                              )
                              THEN ''
                              WHEN CAST($as_of AS DATE) <= "t73"."_cat1_until"
                              THEN 'kategori ' || "t73"."category_in_force" || ': opfølgningssamtale og revisitation, hvis fraværet varer ud over ' || CAST(CASE
                                WHEN "t73"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN 8
                                ELSE CAST(NULL AS BIGINT)
                              END AS TEXT) || ' uger (§ 13 a, stk. 1)'
                              ELSE 'kategori ' || "t73"."category_in_force" || ' og fraværet varer ud over ' || CAST(CASE
                                WHEN "t73"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN 8
                                ELSE CAST(NULL AS BIGINT)
                              END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
                            END AS "category_note"
                          FROM (
                            SELECT
                              "t72".*
                              EXCLUDE ("_cat_found")
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
                                "t71"."_cat1_until",
                                "t71"."_cat_found",
                                COALESCE("t71"."_cat_found", "t71"."sickness_category") AS "category_in_force"
                              FROM (
                                SELECT
                                  "t70".*
                                  EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                    "t65"."_cat1_until",
                                    "t69"."person_id" AS "person_id_right",
                                    "t69"."benefit" AS "benefit_right",
                                    "t69"."start_date" AS "start_date_right",
                                    "t69"."_cat_found"
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
                                      "t62"."first_contact_date",
                                      "t62"."target_group",
                                      "t62"."first_absence_date",
                                      "t62"."sickness_category",
                                      "t62"."employed",
                                      "t62"."handover_date",
                                      "t62"."expected_absence_weeks",
                                      "t62"."work_obligation",
                                      "t62"."municipality",
                                      "t62"."early_followup_request_date",
                                      "t62"."education_order",
                                      "t62"."periods",
                                      COALESCE("t62"."first_absence_date", "t62"."_key") AS "window_start",
                                      CAST(CAST(COALESCE("t62"."first_absence_date", "t62"."_key") + TO_DAYS(
                                        (
                                          COALESCE(
                                            CASE
                                              WHEN COALESCE("t62"."first_absence_date", "t62"."_key") >= MAKE_DATE(2015, 1, 1)
                                              THEN 8
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) * 7
                                        ) - 1
                                      ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                                    FROM "t61" AS "t62"
                                    WHERE
                                      "t62"."benefit" IN ('sygedagpenge')
                                  ) AS "t65"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t67"."person_id",
                                      "t67"."benefit",
                                      "t67"."start_date",
                                      FIRST("t67"."_cat" ORDER BY "t67"."_from" DESC) AS "_cat_found"
                                    FROM (
                                      SELECT
                                        "t66"."person_id",
                                        "t66"."benefit",
                                        "t66"."start_date",
                                        "t66"."_day",
                                        "t66"."_last",
                                        "t8"."_pid",
                                        "t8"."_from",
                                        "t8"."_cat"
                                      FROM (
                                        SELECT
                                          "t62"."person_id",
                                          "t62"."benefit",
                                          "t62"."_key" AS "start_date",
                                          CAST(CAST(COALESCE("t62"."first_absence_date", "t62"."_key") + TO_DAYS(
                                            (
                                              COALESCE(
                                                CASE
                                                  WHEN COALESCE("t62"."first_absence_date", "t62"."_key") >= MAKE_DATE(2015, 1, 1)
                                                  THEN 8
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) * 7
                                            ) - 1
                                          ) AS TIMESTAMP) AS DATE) AS "_day",
                                          CASE
                                            WHEN "t62"."_end" = MAKE_DATE(9999, 12, 31)
                                            THEN CAST(NULL AS DATE)
                                            ELSE "t62"."_end"
                                          END AS "_last"
                                        FROM "t61" AS "t62"
                                        WHERE
                                          "t62"."benefit" IN ('sygedagpenge')
                                      ) AS "t66"
                                      INNER JOIN (
                                        SELECT
                                          "t2"."person_id" AS "_pid",
                                          "t2"."start_date" AS "_from",
                                          "t2"."sickness_category" AS "_cat"
                                        FROM "benefit_periods" AS "t2"
                                        WHERE
                                          "t2"."benefit" = 'sygedagpenge'
                                          AND "t2"."start_date" <= CAST($as_of AS DATE)
                                          AND "t2"."sickness_category" IS NOT NULL
                                      ) AS "t8"
                                        ON "t66"."person_id" = "t8"."_pid"
                                        AND "t8"."_from" >= "t66"."start_date"
                                        AND "t8"."_from" <= "t66"."_day"
                                        AND (
                                          (
                                            "t66"."_last" IS NULL
                                          ) OR (
                                            "t8"."_from" <= "t66"."_last"
                                          )
                                        )
                                    ) AS "t67"
                                    GROUP BY
                                      1,
                                      2,
                                      3
                                  ) AS "t69"
                                    ON "t65"."person_id" = "t69"."person_id"
                                    AND "t65"."benefit" = "t69"."benefit"
                                    AND "t65"."start_date" = "t69"."start_date"
                                ) AS "t70"
                              ) AS "t71"
                            ) AS "t72"
                          ) AS "t73"
                        ) AS "t74"
                      ) AS "t75"
                    ) AS "t79"
                    INNER JOIN (
                      SELECT
                        "t1"."person_id" AS "_pid",
                        "t1"."start_date" AS "_from",
                        "t1"."end_date" AS "_to",
                        "t1"."reason" AS "_reason"
                      FROM "exemptions" AS "t1"
                      WHERE
                        "t1"."start_date" <= CAST($as_of AS DATE)
                    ) AS "t7"
                      ON "t79"."person_id" = "t7"."_pid"
                      AND "t7"."_from" <= "t79"."_day"
                      AND "t7"."_to" >= "t79"."_day"
                  ) AS "t80"
                  GROUP BY
                    1,
                    2,
                    3
                ) AS "t82"
                  ON "t78"."person_id" = "t82"."person_id"
                  AND "t78"."benefit" = "t82"."benefit"
                  AND "t78"."start_date" = "t82"."start_date"
              ) AS "t83"
            ) AS "t84"
          ) AS "t86"
          INNER JOIN (
            SELECT
              *
            FROM "conversations" AS "t0"
            WHERE
              "t0"."status" = 'afholdt'
              AND COALESCE("t0"."individual", TRUE)
              AND "t0"."date" <= CAST($as_of AS DATE)
              AND "t0"."kind" IN ('opfoelgningssamtale')
          ) AS "t6"
            ON "t86"."person_id" = "t6"."person_id"
            AND "t6"."date" >= "t86"."_ws"
            AND "t6"."date" <= "t86"."_last"
        ) AS "t87"
        WHERE
          COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t87"."_ws" >= MAKE_DATE(2015, 1, 1)
                THEN ['opfoelgningssamtale']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t87"."kind"
            ),
            FALSE
          )
          AND COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t87"."_ws" >= MAKE_DATE(2015, 1, 1)
                THEN ['jobcenter', 'anden_aktoer']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t87"."held_by"
            ),
            FALSE
          )
          AND COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t87"."_ws" >= MAKE_DATE(2015, 1, 1)
                THEN ['personligt']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t87"."form"
            ),
            FALSE
          )
      ) AS "t90"
      GROUP BY
        1,
        2,
        3
    ) AS "t92"
      ON "t89"."person_id" = "t92"."person_id"
      AND "t89"."benefit" = "t92"."benefit"
      AND "t89"."start_date" = "t92"."start_date"
  ) AS "t93"
) AS "t94"
