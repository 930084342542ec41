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
), "t85" AS (
  SELECT
    "t80"."person_id",
    "t80"."benefit",
    "t80"."start_date",
    "t80"."date",
    "t80"."kind" || ' ' || CAST("t80"."date" AS TEXT) || ' (' || "t80"."form" || ', ' || "t80"."held_by" || ')' AS "description"
  FROM (
    SELECT
      "t79"."person_id",
      "t79"."benefit",
      "t79"."start_date",
      "t79"."_ws",
      "t79"."_last",
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
        "t75"."person_id",
        "t75"."benefit",
        "t75"."start_date",
        "t75"."window_start" AS "_ws",
        COALESCE("t75"."end_date", CAST($as_of AS DATE)) AS "_last"
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
        *
      FROM "conversations" AS "t1"
      WHERE
        "t1"."status" = 'afholdt'
        AND COALESCE("t1"."individual", TRUE)
        AND "t1"."date" <= CAST($as_of AS DATE)
        AND "t1"."kind" IN ('opfoelgningssamtale')
    ) AS "t7"
      ON "t79"."person_id" = "t7"."person_id"
      AND "t7"."date" >= "t79"."_ws"
      AND "t7"."date" <= "t79"."_last"
  ) AS "t80"
  WHERE
    COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t80"."_ws" >= MAKE_DATE(2015, 1, 1)
          THEN ['opfoelgningssamtale']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t80"."kind"
      ),
      FALSE
    )
    AND COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t80"."_ws" >= MAKE_DATE(2015, 1, 1)
          THEN ['jobcenter', 'anden_aktoer']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t80"."held_by"
      ),
      FALSE
    )
    AND COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t80"."_ws" >= MAKE_DATE(2020, 1, 1)
          THEN ['personligt', 'telefon', 'video']
          WHEN "t80"."_ws" >= MAKE_DATE(2015, 1, 1)
          THEN ['personligt']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t80"."form"
      ),
      FALSE
    )
), "t97" AS (
  SELECT
    "t96"."person_id",
    "t96"."benefit",
    "t96"."start_date",
    "t96"."date",
    "t96"."description",
    "t96"."next_date",
    "t96"."next_text",
    "t96"."_weeks",
    "t78"."end_date",
    "t78"."category_exempt",
    "t78"."sickness_category",
    "t78"."category_in_force",
    "t78"."category_note",
    "t78"."employed",
    "t78"."expected_absence_weeks"
  FROM (
    SELECT
      "t92"."person_id",
      "t92"."benefit",
      "t92"."start_date",
      "t92"."date",
      "t92"."description",
      "t92"."next_date",
      "t92"."next_text",
      CASE
        WHEN "t92"."date" >= MAKE_DATE(2020, 1, 1)
        THEN CAST(NULL AS BIGINT)
        WHEN "t92"."date" >= MAKE_DATE(2015, 1, 1)
        THEN 4
        ELSE CAST(NULL AS BIGINT)
      END AS "_weeks"
    FROM (
      SELECT
        "t90"."person_id",
        "t90"."benefit",
        "t90"."start_date",
        "t90"."date",
        "t90"."description",
        LEAD("t90"."date") OVER (
          PARTITION BY "t90"."person_id", "t90"."benefit", "t90"."start_date"
          ORDER BY "t90"."date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) AS "next_date",
        LEAD("t90"."description") OVER (
          PARTITION BY "t90"."person_id", "t90"."benefit", "t90"."start_date"
          ORDER BY "t90"."date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) AS "next_text"
      FROM (
        SELECT
          "t87"."person_id",
          "t87"."benefit",
          "t87"."start_date",
          "t87"."date",
          FIRST("t87"."description" ORDER BY "t87"."date") AS "description"
        FROM "t85" AS "t87"
        GROUP BY
          1,
          2,
          3,
          4
      ) AS "t90"
    ) AS "t92"
    WHERE
      CASE
        WHEN "t92"."date" >= MAKE_DATE(2020, 1, 1)
        THEN CAST(NULL AS BIGINT)
        WHEN "t92"."date" >= MAKE_DATE(2015, 1, 1)
        THEN 4
        ELSE CAST(NULL AS BIGINT)
      END IS NOT NULL
  ) AS "t96"
  INNER JOIN (
    SELECT
      "t75"."person_id",
      "t75"."benefit",
      "t75"."start_date",
      "t75"."end_date",
      "t75"."category_exempt",
      "t75"."sickness_category",
      "t75"."category_in_force",
      "t75"."category_note",
      "t75"."employed",
      "t75"."expected_absence_weeks"
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
    ON "t96"."person_id" = "t78"."person_id"
    AND "t96"."benefit" = "t78"."benefit"
    AND "t96"."start_date" = "t78"."start_date"
)
SELECT
  "t121"."person_id",
  "t121"."benefit",
  'sick_followups' AS "kind",
  'sick_followups' AS "rule_id",
  '1.1.0' AS "rule_version",
  CASE
    WHEN "t121"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'OP Academy – Nye regler i beskæftigelsesindsatsen (mindst én samtale det første halve år); Sygedagpengeloven § 12 som ændret ved L 66 (2025-26), § 3 nr. 8'
    WHEN "t121"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'Sygedagpengeloven § 13 b, stk. 1 (mindst fire gange inden for det første halve år)'
    WHEN "t121"."window_start" >= MAKE_DATE(2015, 1, 1)
    THEN 'STAR – Sygedagpengeopfølgning (opfølgning mindst hver 4. uge)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t121"."window_start",
  CASE
    WHEN COALESCE("t121"."is_applicable", FALSE)
    THEN "t121"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t121"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t121"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t121"."fulfilled_date" <= "t121"."due_date"
    )
    THEN 'met'
    WHEN "t121"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t121"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t121"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t121"."is_applicable", FALSE)
    THEN "t121"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t121"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t121"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t121"."fulfilled_date" > "t121"."due_date"
    )
    THEN DATE_DIFF('DAY', "t121"."due_date", "t121"."fulfilled_date")
    WHEN NOT (
      "t121"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t121"."is_exempt", FALSE)
    )
    AND (
      "t121"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t121"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t121"."is_applicable", FALSE)
              THEN "t121"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t121"."window_start"
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
              WHEN COALESCE("t121"."is_applicable", FALSE)
              THEN "t121"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t121"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'sick_followups'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. ' || COALESCE("t121"."evidence", '')
    ELSE COALESCE("t121"."evidence", '')
  END AS "evidence"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t117"."person_id",
      "t117"."benefit",
      "t117"."window_start",
      "t117"."due_date",
      "t117"."fulfilled_date",
      CASE
        WHEN CASE
          WHEN "t117"."exemption_applies"
          THEN 'fritaget ' || CAST("t117"."exemption_start" AS TEXT) || '–' || CAST("t117"."exemption_end" AS TEXT) || ' (' || "t117"."exemption_reason" || '), fristen forlænget'
          ELSE ''
        END = ''
        THEN CASE
          WHEN CASE
            WHEN CASE
              WHEN "t117"."category_exempt"
              THEN 'visitationskategori ' || "t117"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t117"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" < CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t117"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END <> ''
            THEN CASE
              WHEN "t117"."category_exempt"
              THEN 'visitationskategori ' || "t117"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t117"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" < CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t117"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END
            WHEN COALESCE(
              COALESCE("t117"."employed", FALSE)
              AND (
                CASE
                  WHEN "t117"."due_date" >= MAKE_DATE(2025, 1, 1)
                  THEN 13
                  WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t117"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t117"."first_held" IS NOT NULL
              )
              AND (
                CAST(CAST("t117"."window_start" + TO_DAYS(COALESCE("t117"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t117"."first_held" + TO_DAYS(
                  (
                    COALESCE(
                      CASE
                        WHEN "t117"."due_date" >= MAKE_DATE(2025, 1, 1)
                        THEN 13
                        WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                        THEN CAST(NULL AS BIGINT)
                        ELSE CAST(NULL AS BIGINT)
                      END,
                      0
                    ) * 7
                  ) - 1
                ) AS TIMESTAMP) AS DATE)
              ),
              FALSE
            )
            THEN '§ 13 f: forventet raskmeldt ' || CAST(CAST(CAST("t117"."window_start" + TO_DAYS(COALESCE("t117"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) AS TEXT) || ', senest ved udgangen af uge 13 efter første opfølgning ' || CAST("t117"."first_held" AS TEXT)
            WHEN (
              "t117"."end_date" IS NOT NULL
            )
            AND (
              "t117"."end_date" < "t117"."due_date"
            )
            AND (
              "t117"."fulfilled_date" IS NULL
            )
            THEN 'sygedagpengeforløbet sluttede ' || CAST("t117"."end_date" AS TEXT) || ' før fristen; ' || CAST(COALESCE("t117"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t117"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t117"."held_dates" IS NOT NULL
              THEN ': ' || "t117"."held_dates"
              ELSE ''
            END
            ELSE CAST(COALESCE("t117"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t117"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t117"."held_dates" IS NOT NULL
              THEN ': ' || "t117"."held_dates"
              ELSE ''
            END
          END = ''
          THEN "t117"."category_note"
          WHEN "t117"."category_note" = ''
          THEN CASE
            WHEN CASE
              WHEN "t117"."category_exempt"
              THEN 'visitationskategori ' || "t117"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t117"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" < CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t117"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END <> ''
            THEN CASE
              WHEN "t117"."category_exempt"
              THEN 'visitationskategori ' || "t117"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t117"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" < CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t117"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END
            WHEN COALESCE(
              COALESCE("t117"."employed", FALSE)
              AND (
                CASE
                  WHEN "t117"."due_date" >= MAKE_DATE(2025, 1, 1)
                  THEN 13
                  WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t117"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t117"."first_held" IS NOT NULL
              )
              AND (
                CAST(CAST("t117"."window_start" + TO_DAYS(COALESCE("t117"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t117"."first_held" + TO_DAYS(
                  (
                    COALESCE(
                      CASE
                        WHEN "t117"."due_date" >= MAKE_DATE(2025, 1, 1)
                        THEN 13
                        WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                        THEN CAST(NULL AS BIGINT)
                        ELSE CAST(NULL AS BIGINT)
                      END,
                      0
                    ) * 7
                  ) - 1
                ) AS TIMESTAMP) AS DATE)
              ),
              FALSE
            )
            THEN '§ 13 f: forventet raskmeldt ' || CAST(CAST(CAST("t117"."window_start" + TO_DAYS(COALESCE("t117"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) AS TEXT) || ', senest ved udgangen af uge 13 efter første opfølgning ' || CAST("t117"."first_held" AS TEXT)
            WHEN (
              "t117"."end_date" IS NOT NULL
            )
            AND (
              "t117"."end_date" < "t117"."due_date"
            )
            AND (
              "t117"."fulfilled_date" IS NULL
            )
            THEN 'sygedagpengeforløbet sluttede ' || CAST("t117"."end_date" AS TEXT) || ' før fristen; ' || CAST(COALESCE("t117"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t117"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t117"."held_dates" IS NOT NULL
              THEN ': ' || "t117"."held_dates"
              ELSE ''
            END
            ELSE CAST(COALESCE("t117"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t117"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t117"."held_dates" IS NOT NULL
              THEN ': ' || "t117"."held_dates"
              ELSE ''
            END
          END
          ELSE "t117"."category_note" || '; ' || CASE
            WHEN CASE
              WHEN "t117"."category_exempt"
              THEN 'visitationskategori ' || "t117"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t117"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" < CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t117"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END <> ''
            THEN CASE
              WHEN "t117"."category_exempt"
              THEN 'visitationskategori ' || "t117"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t117"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" < CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t117"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END
            WHEN COALESCE(
              COALESCE("t117"."employed", FALSE)
              AND (
                CASE
                  WHEN "t117"."due_date" >= MAKE_DATE(2025, 1, 1)
                  THEN 13
                  WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t117"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t117"."first_held" IS NOT NULL
              )
              AND (
                CAST(CAST("t117"."window_start" + TO_DAYS(COALESCE("t117"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t117"."first_held" + TO_DAYS(
                  (
                    COALESCE(
                      CASE
                        WHEN "t117"."due_date" >= MAKE_DATE(2025, 1, 1)
                        THEN 13
                        WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                        THEN CAST(NULL AS BIGINT)
                        ELSE CAST(NULL AS BIGINT)
                      END,
                      0
                    ) * 7
                  ) - 1
                ) AS TIMESTAMP) AS DATE)
              ),
              FALSE
            )
            THEN '§ 13 f: forventet raskmeldt ' || CAST(CAST(CAST("t117"."window_start" + TO_DAYS(COALESCE("t117"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) AS TEXT) || ', senest ved udgangen af uge 13 efter første opfølgning ' || CAST("t117"."first_held" AS TEXT)
            WHEN (
              "t117"."end_date" IS NOT NULL
            )
            AND (
              "t117"."end_date" < "t117"."due_date"
            )
            AND (
              "t117"."fulfilled_date" IS NULL
            )
            THEN 'sygedagpengeforløbet sluttede ' || CAST("t117"."end_date" AS TEXT) || ' før fristen; ' || CAST(COALESCE("t117"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t117"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t117"."held_dates" IS NOT NULL
              THEN ': ' || "t117"."held_dates"
              ELSE ''
            END
            ELSE CAST(COALESCE("t117"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t117"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t117"."held_dates" IS NOT NULL
              THEN ': ' || "t117"."held_dates"
              ELSE ''
            END
          END
        END
        WHEN CASE
          WHEN CASE
            WHEN CASE
              WHEN "t117"."category_exempt"
              THEN 'visitationskategori ' || "t117"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t117"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" < CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t117"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END <> ''
            THEN CASE
              WHEN "t117"."category_exempt"
              THEN 'visitationskategori ' || "t117"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t117"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" < CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t117"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END
            WHEN COALESCE(
              COALESCE("t117"."employed", FALSE)
              AND (
                CASE
                  WHEN "t117"."due_date" >= MAKE_DATE(2025, 1, 1)
                  THEN 13
                  WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t117"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t117"."first_held" IS NOT NULL
              )
              AND (
                CAST(CAST("t117"."window_start" + TO_DAYS(COALESCE("t117"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t117"."first_held" + TO_DAYS(
                  (
                    COALESCE(
                      CASE
                        WHEN "t117"."due_date" >= MAKE_DATE(2025, 1, 1)
                        THEN 13
                        WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                        THEN CAST(NULL AS BIGINT)
                        ELSE CAST(NULL AS BIGINT)
                      END,
                      0
                    ) * 7
                  ) - 1
                ) AS TIMESTAMP) AS DATE)
              ),
              FALSE
            )
            THEN '§ 13 f: forventet raskmeldt ' || CAST(CAST(CAST("t117"."window_start" + TO_DAYS(COALESCE("t117"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) AS TEXT) || ', senest ved udgangen af uge 13 efter første opfølgning ' || CAST("t117"."first_held" AS TEXT)
            WHEN (
              "t117"."end_date" IS NOT NULL
            )
            AND (
              "t117"."end_date" < "t117"."due_date"
            )
            AND (
              "t117"."fulfilled_date" IS NULL
            )
            THEN 'sygedagpengeforløbet sluttede ' || CAST("t117"."end_date" AS TEXT) || ' før fristen; ' || CAST(COALESCE("t117"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t117"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t117"."held_dates" IS NOT NULL
              THEN ': ' || "t117"."held_dates"
              ELSE ''
            END
            ELSE CAST(COALESCE("t117"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t117"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t117"."held_dates" IS NOT NULL
              THEN ': ' || "t117"."held_dates"
              ELSE ''
            END
          END = ''
          THEN "t117"."category_note"
          WHEN "t117"."category_note" = ''
          THEN CASE
            WHEN CASE
              WHEN "t117"."category_exempt"
              THEN 'visitationskategori ' || "t117"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t117"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" < CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t117"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END <> ''
            THEN CASE
              WHEN "t117"."category_exempt"
              THEN 'visitationskategori ' || "t117"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t117"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" < CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t117"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END
            WHEN COALESCE(
              COALESCE("t117"."employed", FALSE)
              AND (
                CASE
                  WHEN "t117"."due_date" >= MAKE_DATE(2025, 1, 1)
                  THEN 13
                  WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t117"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t117"."first_held" IS NOT NULL
              )
              AND (
                CAST(CAST("t117"."window_start" + TO_DAYS(COALESCE("t117"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t117"."first_held" + TO_DAYS(
                  (
                    COALESCE(
                      CASE
                        WHEN "t117"."due_date" >= MAKE_DATE(2025, 1, 1)
                        THEN 13
                        WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                        THEN CAST(NULL AS BIGINT)
                        ELSE CAST(NULL AS BIGINT)
                      END,
                      0
                    ) * 7
                  ) - 1
                ) AS TIMESTAMP) AS DATE)
              ),
              FALSE
            )
            THEN '§ 13 f: forventet raskmeldt ' || CAST(CAST(CAST("t117"."window_start" + TO_DAYS(COALESCE("t117"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) AS TEXT) || ', senest ved udgangen af uge 13 efter første opfølgning ' || CAST("t117"."first_held" AS TEXT)
            WHEN (
              "t117"."end_date" IS NOT NULL
            )
            AND (
              "t117"."end_date" < "t117"."due_date"
            )
            AND (
              "t117"."fulfilled_date" IS NULL
            )
            THEN 'sygedagpengeforløbet sluttede ' || CAST("t117"."end_date" AS TEXT) || ' før fristen; ' || CAST(COALESCE("t117"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t117"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t117"."held_dates" IS NOT NULL
              THEN ': ' || "t117"."held_dates"
              ELSE ''
            END
            ELSE CAST(COALESCE("t117"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t117"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t117"."held_dates" IS NOT NULL
              THEN ': ' || "t117"."held_dates"
              ELSE ''
            END
          END
          ELSE "t117"."category_note" || '; ' || CASE
            WHEN CASE
              WHEN "t117"."category_exempt"
              THEN 'visitationskategori ' || "t117"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t117"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" < CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t117"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END <> ''
            THEN CASE
              WHEN "t117"."category_exempt"
              THEN 'visitationskategori ' || "t117"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t117"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" < CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t117"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END
            WHEN COALESCE(
              COALESCE("t117"."employed", FALSE)
              AND (
                CASE
                  WHEN "t117"."due_date" >= MAKE_DATE(2025, 1, 1)
                  THEN 13
                  WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t117"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t117"."first_held" IS NOT NULL
              )
              AND (
                CAST(CAST("t117"."window_start" + TO_DAYS(COALESCE("t117"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t117"."first_held" + TO_DAYS(
                  (
                    COALESCE(
                      CASE
                        WHEN "t117"."due_date" >= MAKE_DATE(2025, 1, 1)
                        THEN 13
                        WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                        THEN CAST(NULL AS BIGINT)
                        ELSE CAST(NULL AS BIGINT)
                      END,
                      0
                    ) * 7
                  ) - 1
                ) AS TIMESTAMP) AS DATE)
              ),
              FALSE
            )
            THEN '§ 13 f: forventet raskmeldt ' || CAST(CAST(CAST("t117"."window_start" + TO_DAYS(COALESCE("t117"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) AS TEXT) || ', senest ved udgangen af uge 13 efter første opfølgning ' || CAST("t117"."first_held" AS TEXT)
            WHEN (
              "t117"."end_date" IS NOT NULL
            )
            AND (
              "t117"."end_date" < "t117"."due_date"
            )
            AND (
              "t117"."fulfilled_date" IS NULL
            )
            THEN 'sygedagpengeforløbet sluttede ' || CAST("t117"."end_date" AS TEXT) || ' før fristen; ' || CAST(COALESCE("t117"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t117"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t117"."held_dates" IS NOT NULL
              THEN ': ' || "t117"."held_dates"
              ELSE ''
            END
            ELSE CAST(COALESCE("t117"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t117"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t117"."held_dates" IS NOT NULL
              THEN ': ' || "t117"."held_dates"
              ELSE ''
            END
          END
        END = ''
        THEN CASE
          WHEN "t117"."exemption_applies"
          THEN 'fritaget ' || CAST("t117"."exemption_start" AS TEXT) || '–' || CAST("t117"."exemption_end" AS TEXT) || ' (' || "t117"."exemption_reason" || '), fristen forlænget'
          ELSE ''
        END
        ELSE CASE
          WHEN CASE
            WHEN CASE
              WHEN "t117"."category_exempt"
              THEN 'visitationskategori ' || "t117"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t117"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" < CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t117"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END <> ''
            THEN CASE
              WHEN "t117"."category_exempt"
              THEN 'visitationskategori ' || "t117"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t117"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" < CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t117"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END
            WHEN COALESCE(
              COALESCE("t117"."employed", FALSE)
              AND (
                CASE
                  WHEN "t117"."due_date" >= MAKE_DATE(2025, 1, 1)
                  THEN 13
                  WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t117"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t117"."first_held" IS NOT NULL
              )
              AND (
                CAST(CAST("t117"."window_start" + TO_DAYS(COALESCE("t117"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t117"."first_held" + TO_DAYS(
                  (
                    COALESCE(
                      CASE
                        WHEN "t117"."due_date" >= MAKE_DATE(2025, 1, 1)
                        THEN 13
                        WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                        THEN CAST(NULL AS BIGINT)
                        ELSE CAST(NULL AS BIGINT)
                      END,
                      0
                    ) * 7
                  ) - 1
                ) AS TIMESTAMP) AS DATE)
              ),
              FALSE
            )
            THEN '§ 13 f: forventet raskmeldt ' || CAST(CAST(CAST("t117"."window_start" + TO_DAYS(COALESCE("t117"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) AS TEXT) || ', senest ved udgangen af uge 13 efter første opfølgning ' || CAST("t117"."first_held" AS TEXT)
            WHEN (
              "t117"."end_date" IS NOT NULL
            )
            AND (
              "t117"."end_date" < "t117"."due_date"
            )
            AND (
              "t117"."fulfilled_date" IS NULL
            )
            THEN 'sygedagpengeforløbet sluttede ' || CAST("t117"."end_date" AS TEXT) || ' før fristen; ' || CAST(COALESCE("t117"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t117"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t117"."held_dates" IS NOT NULL
              THEN ': ' || "t117"."held_dates"
              ELSE ''
            END
            ELSE CAST(COALESCE("t117"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t117"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t117"."held_dates" IS NOT NULL
              THEN ': ' || "t117"."held_dates"
              ELSE ''
            END
          END = ''
          THEN "t117"."category_note"
          WHEN "t117"."category_note" = ''
          THEN CASE
            WHEN CASE
              WHEN "t117"."category_exempt"
              THEN 'visitationskategori ' || "t117"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t117"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" < CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t117"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END <> ''
            THEN CASE
              WHEN "t117"."category_exempt"
              THEN 'visitationskategori ' || "t117"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t117"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" < CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t117"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END
            WHEN COALESCE(
              COALESCE("t117"."employed", FALSE)
              AND (
                CASE
                  WHEN "t117"."due_date" >= MAKE_DATE(2025, 1, 1)
                  THEN 13
                  WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t117"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t117"."first_held" IS NOT NULL
              )
              AND (
                CAST(CAST("t117"."window_start" + TO_DAYS(COALESCE("t117"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t117"."first_held" + TO_DAYS(
                  (
                    COALESCE(
                      CASE
                        WHEN "t117"."due_date" >= MAKE_DATE(2025, 1, 1)
                        THEN 13
                        WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                        THEN CAST(NULL AS BIGINT)
                        ELSE CAST(NULL AS BIGINT)
                      END,
                      0
                    ) * 7
                  ) - 1
                ) AS TIMESTAMP) AS DATE)
              ),
              FALSE
            )
            THEN '§ 13 f: forventet raskmeldt ' || CAST(CAST(CAST("t117"."window_start" + TO_DAYS(COALESCE("t117"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) AS TEXT) || ', senest ved udgangen af uge 13 efter første opfølgning ' || CAST("t117"."first_held" AS TEXT)
            WHEN (
              "t117"."end_date" IS NOT NULL
            )
            AND (
              "t117"."end_date" < "t117"."due_date"
            )
            AND (
              "t117"."fulfilled_date" IS NULL
            )
            THEN 'sygedagpengeforløbet sluttede ' || CAST("t117"."end_date" AS TEXT) || ' før fristen; ' || CAST(COALESCE("t117"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t117"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t117"."held_dates" IS NOT NULL
              THEN ': ' || "t117"."held_dates"
              ELSE ''
            END
            ELSE CAST(COALESCE("t117"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t117"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t117"."held_dates" IS NOT NULL
              THEN ': ' || "t117"."held_dates"
              ELSE ''
            END
          END
          ELSE "t117"."category_note" || '; ' || CASE
            WHEN CASE
              WHEN "t117"."category_exempt"
              THEN 'visitationskategori ' || "t117"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t117"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" < CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t117"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END <> ''
            THEN CASE
              WHEN "t117"."category_exempt"
              THEN 'visitationskategori ' || "t117"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t117"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t117"."expected_absence_weeks" < CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t117"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END
            WHEN COALESCE(
              COALESCE("t117"."employed", FALSE)
              AND (
                CASE
                  WHEN "t117"."due_date" >= MAKE_DATE(2025, 1, 1)
                  THEN 13
                  WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t117"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t117"."first_held" IS NOT NULL
              )
              AND (
                CAST(CAST("t117"."window_start" + TO_DAYS(COALESCE("t117"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t117"."first_held" + TO_DAYS(
                  (
                    COALESCE(
                      CASE
                        WHEN "t117"."due_date" >= MAKE_DATE(2025, 1, 1)
                        THEN 13
                        WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                        THEN CAST(NULL AS BIGINT)
                        ELSE CAST(NULL AS BIGINT)
                      END,
                      0
                    ) * 7
                  ) - 1
                ) AS TIMESTAMP) AS DATE)
              ),
              FALSE
            )
            THEN '§ 13 f: forventet raskmeldt ' || CAST(CAST(CAST("t117"."window_start" + TO_DAYS(COALESCE("t117"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) AS TEXT) || ', senest ved udgangen af uge 13 efter første opfølgning ' || CAST("t117"."first_held" AS TEXT)
            WHEN (
              "t117"."end_date" IS NOT NULL
            )
            AND (
              "t117"."end_date" < "t117"."due_date"
            )
            AND (
              "t117"."fulfilled_date" IS NULL
            )
            THEN 'sygedagpengeforløbet sluttede ' || CAST("t117"."end_date" AS TEXT) || ' før fristen; ' || CAST(COALESCE("t117"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t117"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t117"."held_dates" IS NOT NULL
              THEN ': ' || "t117"."held_dates"
              ELSE ''
            END
            ELSE CAST(COALESCE("t117"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t117"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t117"."held_dates" IS NOT NULL
              THEN ': ' || "t117"."held_dates"
              ELSE ''
            END
          END
        END || '; ' || CASE
          WHEN "t117"."exemption_applies"
          THEN 'fritaget ' || CAST("t117"."exemption_start" AS TEXT) || '–' || CAST("t117"."exemption_end" AS TEXT) || ' (' || "t117"."exemption_reason" || '), fristen forlænget'
          ELSE ''
        END
      END AS "evidence",
      (
        CASE
          WHEN "t117"."category_exempt"
          THEN 'visitationskategori ' || "t117"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
          WHEN COALESCE(
            COALESCE("t117"."employed", FALSE)
            AND (
              CASE
                WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                THEN 26
                WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END IS NOT NULL
            )
            AND (
              "t117"."expected_absence_weeks" IS NOT NULL
            )
            AND (
              "t117"."expected_absence_weeks" < CASE
                WHEN "t117"."due_date" >= MAKE_DATE(2026, 7, 1)
                THEN 26
                WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END
            ),
            FALSE
          )
          THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t117"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
          ELSE ''
        END = ''
      )
      AND NOT (
        COALESCE(
          COALESCE("t117"."employed", FALSE)
          AND (
            CASE
              WHEN "t117"."due_date" >= MAKE_DATE(2025, 1, 1)
              THEN 13
              WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
              THEN CAST(NULL AS BIGINT)
              ELSE CAST(NULL AS BIGINT)
            END IS NOT NULL
          )
          AND (
            "t117"."expected_absence_weeks" IS NOT NULL
          )
          AND (
            "t117"."first_held" IS NOT NULL
          )
          AND (
            CAST(CAST("t117"."window_start" + TO_DAYS(COALESCE("t117"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t117"."first_held" + TO_DAYS(
              (
                COALESCE(
                  CASE
                    WHEN "t117"."due_date" >= MAKE_DATE(2025, 1, 1)
                    THEN 13
                    WHEN "t117"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END,
                  0
                ) * 7
              ) - 1
            ) AS TIMESTAMP) AS DATE)
          ),
          FALSE
        )
      )
      AND NOT (
        (
          "t117"."end_date" IS NOT NULL
        )
        AND (
          "t117"."end_date" < "t117"."due_date"
        )
        AND (
          "t117"."fulfilled_date" IS NULL
        )
      ) AS "is_applicable",
      "t117"."exemption_applies"
      AND (
        CAST($as_of AS DATE) <= "t117"."exemption_end"
      ) AS "is_exempt"
    FROM (
      SELECT
        "t115".*
        EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
      FROM (
        SELECT
          "t101"."person_id",
          "t101"."benefit",
          "t101"."start_date",
          "t101"."end_date",
          "t101"."first_contact_date",
          "t101"."target_group",
          "t101"."first_absence_date",
          "t101"."sickness_category",
          "t101"."employed",
          "t101"."handover_date",
          "t101"."expected_absence_weeks",
          "t101"."work_obligation",
          "t101"."municipality",
          "t101"."early_followup_request_date",
          "t101"."education_order",
          "t101"."periods",
          "t101"."window_start",
          "t101"."category_in_force",
          "t101"."category_exempt",
          "t101"."category_note",
          "t101"."_need",
          "t101"."due0",
          "t101"."exemption_start",
          "t101"."exemption_end",
          "t101"."exemption_reason",
          "t101"."due_date",
          "t101"."exemption_applies",
          "t113"."person_id" AS "person_id_right",
          "t113"."benefit" AS "benefit_right",
          "t113"."start_date" AS "start_date_right",
          "t113"."fulfilled_date",
          "t113"."first_held",
          "t113"."n_by_due",
          "t113"."held_dates"
        FROM (
          SELECT
            "t94"."person_id",
            "t94"."benefit",
            "t94"."start_date",
            "t94"."end_date",
            "t94"."first_contact_date",
            "t94"."target_group",
            "t94"."first_absence_date",
            "t94"."sickness_category",
            "t94"."employed",
            "t94"."handover_date",
            "t94"."expected_absence_weeks",
            "t94"."work_obligation",
            "t94"."municipality",
            "t94"."early_followup_request_date",
            "t94"."education_order",
            "t94"."periods",
            "t94"."window_start",
            "t94"."category_in_force",
            "t94"."category_exempt",
            "t94"."category_note",
            "t94"."_need",
            "t94"."due0",
            "t94"."exemption_start",
            "t94"."exemption_end",
            "t94"."exemption_reason",
            CASE
              WHEN (
                "t94"."exemption_end" IS NOT NULL
              )
              AND COALESCE(
                CASE
                  WHEN "t94"."window_start" >= MAKE_DATE(2015, 1, 1)
                  THEN TRUE
                  ELSE CAST(NULL AS BOOLEAN)
                END,
                FALSE
              )
              THEN CAST(CAST("t94"."exemption_end" + TO_DAYS(
                DATE_DIFF('DAY', GREATEST("t94"."exemption_start", "t94"."window_start"), "t94"."due0") + 1
              ) AS TIMESTAMP) AS DATE)
              ELSE "t94"."due0"
            END AS "due_date",
            (
              "t94"."exemption_end" IS NOT NULL
            )
            AND COALESCE(
              CASE
                WHEN "t94"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN TRUE
                ELSE CAST(NULL AS BOOLEAN)
              END,
              FALSE
            ) AS "exemption_applies"
          FROM (
            SELECT
              "t93".*
              EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                "t83"."category_in_force",
                "t83"."category_exempt",
                "t83"."category_note",
                "t83"."_need",
                "t83"."due0",
                "t91"."person_id" AS "person_id_right",
                "t91"."benefit" AS "benefit_right",
                "t91"."start_date" AS "start_date_right",
                "t91"."exemption_start",
                "t91"."exemption_end",
                "t91"."exemption_reason"
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
                    WHEN "t75"."window_start" >= MAKE_DATE(2026, 7, 1)
                    THEN 1
                    WHEN "t75"."window_start" >= MAKE_DATE(2020, 1, 1)
                    THEN 4
                    WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END AS "_need",
                  CAST(CAST(CAST(CAST("t75"."window_start" + TO_MONTHS(
                    COALESCE(
                      CASE
                        WHEN "t75"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN 6
                        ELSE CAST(NULL AS BIGINT)
                      END,
                      0
                    )
                  ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
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
                WHERE
                  CASE
                    WHEN "t75"."window_start" >= MAKE_DATE(2026, 7, 1)
                    THEN 1
                    WHEN "t75"."window_start" >= MAKE_DATE(2020, 1, 1)
                    THEN 4
                    WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
              ) AS "t83"
              LEFT OUTER JOIN (
                SELECT
                  "t86"."person_id",
                  "t86"."benefit",
                  "t86"."start_date",
                  FIRST("t86"."_from" ORDER BY "t86"."_to" DESC) AS "exemption_start",
                  MAX("t86"."_to") AS "exemption_end",
                  FIRST("t86"."_reason" ORDER BY "t86"."_to" DESC) AS "exemption_reason"
                FROM (
                  SELECT
                    "t84"."person_id",
                    "t84"."benefit",
                    "t84"."start_date",
                    "t84"."_day",
                    "t6"."_pid",
                    "t6"."_from",
                    "t6"."_to",
                    "t6"."_reason"
                  FROM (
                    SELECT
                      "t75"."person_id",
                      "t75"."benefit",
                      "t75"."start_date",
                      CAST(CAST(CAST(CAST("t75"."window_start" + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t75"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN 6
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        )
                      ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "_day"
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
                    WHERE
                      CASE
                        WHEN "t75"."window_start" >= MAKE_DATE(2026, 7, 1)
                        THEN 1
                        WHEN "t75"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN 4
                        WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                        THEN CAST(NULL AS BIGINT)
                        ELSE CAST(NULL AS BIGINT)
                      END IS NOT NULL
                  ) AS "t84"
                  INNER JOIN (
                    SELECT
                      "t0"."person_id" AS "_pid",
                      "t0"."start_date" AS "_from",
                      "t0"."end_date" AS "_to",
                      "t0"."reason" AS "_reason"
                    FROM "exemptions" AS "t0"
                    WHERE
                      "t0"."start_date" <= CAST($as_of AS DATE)
                  ) AS "t6"
                    ON "t84"."person_id" = "t6"."_pid"
                    AND "t6"."_from" <= "t84"."_day"
                    AND "t6"."_to" >= "t84"."_day"
                ) AS "t86"
                GROUP BY
                  1,
                  2,
                  3
              ) AS "t91"
                ON "t83"."person_id" = "t91"."person_id"
                AND "t83"."benefit" = "t91"."benefit"
                AND "t83"."start_date" = "t91"."start_date"
            ) AS "t93"
          ) AS "t94"
        ) AS "t101"
        LEFT OUTER JOIN (
          SELECT
            "t108"."person_id",
            "t108"."benefit",
            "t108"."start_date",
            MIN("t108"."date") FILTER(WHERE
              "t108"."_n" = "t108"."_need") AS "fulfilled_date",
            MIN("t108"."date") AS "first_held",
            COUNT(*) FILTER(WHERE
              "t108"."date" <= "t108"."due_date") AS "n_by_due",
            LISTAGG(CAST("t108"."date" AS TEXT), ', ' ORDER BY "t108"."date" ASC) AS "held_dates"
          FROM (
            SELECT
              "t103"."person_id",
              "t103"."benefit",
              "t103"."start_date",
              "t103"."date",
              "t103"."description",
              "t103"."_need",
              "t103"."due_date",
              (
                ROW_NUMBER() OVER (
                  PARTITION BY "t103"."person_id", "t103"."benefit", "t103"."start_date"
                  ORDER BY "t103"."date" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) - 1
              ) + 1 AS "_n"
            FROM (
              SELECT
                "t88"."person_id",
                "t88"."benefit",
                "t88"."start_date",
                "t88"."date",
                "t88"."description",
                "t102"."_need",
                "t102"."due_date"
              FROM "t85" AS "t88"
              INNER JOIN (
                SELECT
                  "t94"."person_id",
                  "t94"."benefit",
                  "t94"."start_date",
                  "t94"."_need",
                  CASE
                    WHEN (
                      "t94"."exemption_end" IS NOT NULL
                    )
                    AND COALESCE(
                      CASE
                        WHEN "t94"."window_start" >= MAKE_DATE(2015, 1, 1)
                        THEN TRUE
                        ELSE CAST(NULL AS BOOLEAN)
                      END,
                      FALSE
                    )
                    THEN CAST(CAST("t94"."exemption_end" + TO_DAYS(
                      DATE_DIFF('DAY', GREATEST("t94"."exemption_start", "t94"."window_start"), "t94"."due0") + 1
                    ) AS TIMESTAMP) AS DATE)
                    ELSE "t94"."due0"
                  END AS "due_date"
                FROM (
                  SELECT
                    "t93".*
                    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                      "t83"."category_in_force",
                      "t83"."category_exempt",
                      "t83"."category_note",
                      "t83"."_need",
                      "t83"."due0",
                      "t91"."person_id" AS "person_id_right",
                      "t91"."benefit" AS "benefit_right",
                      "t91"."start_date" AS "start_date_right",
                      "t91"."exemption_start",
                      "t91"."exemption_end",
                      "t91"."exemption_reason"
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
                          WHEN "t75"."window_start" >= MAKE_DATE(2026, 7, 1)
                          THEN 1
                          WHEN "t75"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 4
                          WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                          THEN CAST(NULL AS BIGINT)
                          ELSE CAST(NULL AS BIGINT)
                        END AS "_need",
                        CAST(CAST(CAST(CAST("t75"."window_start" + TO_MONTHS(
                          COALESCE(
                            CASE
                              WHEN "t75"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 6
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
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
                      WHERE
                        CASE
                          WHEN "t75"."window_start" >= MAKE_DATE(2026, 7, 1)
                          THEN 1
                          WHEN "t75"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 4
                          WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                          THEN CAST(NULL AS BIGINT)
                          ELSE CAST(NULL AS BIGINT)
                        END IS NOT NULL
                    ) AS "t83"
                    LEFT OUTER JOIN (
                      SELECT
                        "t86"."person_id",
                        "t86"."benefit",
                        "t86"."start_date",
                        FIRST("t86"."_from" ORDER BY "t86"."_to" DESC) AS "exemption_start",
                        MAX("t86"."_to") AS "exemption_end",
                        FIRST("t86"."_reason" ORDER BY "t86"."_to" DESC) AS "exemption_reason"
                      FROM (
                        SELECT
                          "t84"."person_id",
                          "t84"."benefit",
                          "t84"."start_date",
                          "t84"."_day",
                          "t6"."_pid",
                          "t6"."_from",
                          "t6"."_to",
                          "t6"."_reason"
                        FROM (
                          SELECT
                            "t75"."person_id",
                            "t75"."benefit",
                            "t75"."start_date",
                            CAST(CAST(CAST(CAST("t75"."window_start" + TO_MONTHS(
                              COALESCE(
                                CASE
                                  WHEN "t75"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN 6
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "_day"
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
                          WHERE
                            CASE
                              WHEN "t75"."window_start" >= MAKE_DATE(2026, 7, 1)
                              THEN 1
                              WHEN "t75"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 4
                              WHEN "t75"."window_start" >= MAKE_DATE(2015, 1, 1)
                              THEN CAST(NULL AS BIGINT)
                              ELSE CAST(NULL AS BIGINT)
                            END IS NOT NULL
                        ) AS "t84"
                        INNER JOIN (
                          SELECT
                            "t0"."person_id" AS "_pid",
                            "t0"."start_date" AS "_from",
                            "t0"."end_date" AS "_to",
                            "t0"."reason" AS "_reason"
                          FROM "exemptions" AS "t0"
                          WHERE
                            "t0"."start_date" <= CAST($as_of AS DATE)
                        ) AS "t6"
                          ON "t84"."person_id" = "t6"."_pid"
                          AND "t6"."_from" <= "t84"."_day"
                          AND "t6"."_to" >= "t84"."_day"
                      ) AS "t86"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t91"
                      ON "t83"."person_id" = "t91"."person_id"
                      AND "t83"."benefit" = "t91"."benefit"
                      AND "t83"."start_date" = "t91"."start_date"
                  ) AS "t93"
                ) AS "t94"
              ) AS "t102"
                ON "t88"."person_id" = "t102"."person_id"
                AND "t88"."benefit" = "t102"."benefit"
                AND "t88"."start_date" = "t102"."start_date"
            ) AS "t103"
          ) AS "t108"
          GROUP BY
            1,
            2,
            3
        ) AS "t113"
          ON "t101"."person_id" = "t113"."person_id"
          AND "t101"."benefit" = "t113"."benefit"
          AND "t101"."start_date" = "t113"."start_date"
      ) AS "t115"
    ) AS "t117"
  ) AS "t119"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t118"."person_id",
      "t118"."benefit",
      "t118"."window_start",
      "t118"."due_date",
      "t118"."next_date" AS "fulfilled_date",
      CASE
        WHEN CASE
          WHEN "t118"."exemption_applies"
          THEN 'fritaget ' || CAST("t118"."exemption_start" AS TEXT) || '–' || CAST("t118"."exemption_end" AS TEXT) || ' (' || "t118"."exemption_reason" || '), fristen forlænget'
          ELSE ''
        END = ''
        THEN CASE
          WHEN "t118"."category_exempt"
          THEN 'visitationskategori ' || "t118"."category_in_force" || ': intet fast opfølgningsforløb'
          WHEN "t118"."next_date" IS NOT NULL
          THEN 'forrige: ' || "t118"."description" || '; næste: ' || "t118"."next_text"
          WHEN (
            "t118"."end_date" IS NOT NULL
          )
          AND (
            "t118"."end_date" < "t118"."due_date"
          )
          AND (
            "t118"."next_date" IS NULL
          )
          THEN 'sygedagpengeforløbet sluttede ' || CAST("t118"."end_date" AS TEXT) || ' før fristen'
          ELSE 'forrige: ' || "t118"."description" || '; ingen senere opfølgningssamtale'
        END
        WHEN CASE
          WHEN "t118"."category_exempt"
          THEN 'visitationskategori ' || "t118"."category_in_force" || ': intet fast opfølgningsforløb'
          WHEN "t118"."next_date" IS NOT NULL
          THEN 'forrige: ' || "t118"."description" || '; næste: ' || "t118"."next_text"
          WHEN (
            "t118"."end_date" IS NOT NULL
          )
          AND (
            "t118"."end_date" < "t118"."due_date"
          )
          AND (
            "t118"."next_date" IS NULL
          )
          THEN 'sygedagpengeforløbet sluttede ' || CAST("t118"."end_date" AS TEXT) || ' før fristen'
          ELSE 'forrige: ' || "t118"."description" || '; ingen senere opfølgningssamtale'
        END = ''
        THEN CASE
          WHEN "t118"."exemption_applies"
          THEN 'fritaget ' || CAST("t118"."exemption_start" AS TEXT) || '–' || CAST("t118"."exemption_end" AS TEXT) || ' (' || "t118"."exemption_reason" || '), fristen forlænget'
          ELSE ''
        END
        ELSE CASE
          WHEN "t118"."category_exempt"
          THEN 'visitationskategori ' || "t118"."category_in_force" || ': intet fast opfølgningsforløb'
          WHEN "t118"."next_date" IS NOT NULL
          THEN 'forrige: ' || "t118"."description" || '; næste: ' || "t118"."next_text"
          WHEN (
            "t118"."end_date" IS NOT NULL
          )
          AND (
            "t118"."end_date" < "t118"."due_date"
          )
          AND (
            "t118"."next_date" IS NULL
          )
          THEN 'sygedagpengeforløbet sluttede ' || CAST("t118"."end_date" AS TEXT) || ' før fristen'
          ELSE 'forrige: ' || "t118"."description" || '; ingen senere opfølgningssamtale'
        END || '; ' || CASE
          WHEN "t118"."exemption_applies"
          THEN 'fritaget ' || CAST("t118"."exemption_start" AS TEXT) || '–' || CAST("t118"."exemption_end" AS TEXT) || ' (' || "t118"."exemption_reason" || '), fristen forlænget'
          ELSE ''
        END
      END AS "evidence",
      NOT (
        "t118"."category_exempt"
      )
      AND NOT (
        (
          "t118"."end_date" IS NOT NULL
        )
        AND (
          "t118"."end_date" < "t118"."due_date"
        )
        AND (
          "t118"."next_date" IS NULL
        )
      ) AS "is_applicable",
      "t118"."exemption_applies"
      AND (
        CAST($as_of AS DATE) <= "t118"."exemption_end"
      ) AS "is_exempt"
    FROM (
      SELECT
        "t116"."person_id",
        "t116"."benefit",
        "t116"."start_date",
        "t116"."date",
        "t116"."description",
        "t116"."next_date",
        "t116"."next_text",
        "t116"."_weeks",
        "t116"."end_date",
        "t116"."category_exempt",
        "t116"."sickness_category",
        "t116"."category_in_force",
        "t116"."category_note",
        "t116"."employed",
        "t116"."expected_absence_weeks",
        "t116"."window_start",
        "t116"."due0",
        "t116"."exemption_start",
        "t116"."exemption_end",
        "t116"."exemption_reason",
        CASE
          WHEN (
            "t116"."exemption_end" IS NOT NULL
          )
          AND COALESCE(
            CASE
              WHEN "t116"."window_start" >= MAKE_DATE(2015, 1, 1)
              THEN TRUE
              ELSE CAST(NULL AS BOOLEAN)
            END,
            FALSE
          )
          THEN CAST(CAST("t116"."exemption_end" + TO_DAYS(
            DATE_DIFF('DAY', GREATEST("t116"."exemption_start", "t116"."window_start"), "t116"."due0") + 1
          ) AS TIMESTAMP) AS DATE)
          ELSE "t116"."due0"
        END AS "due_date",
        (
          "t116"."exemption_end" IS NOT NULL
        )
        AND COALESCE(
          CASE
            WHEN "t116"."window_start" >= MAKE_DATE(2015, 1, 1)
            THEN TRUE
            ELSE CAST(NULL AS BOOLEAN)
          END,
          FALSE
        ) AS "exemption_applies"
      FROM (
        SELECT
          "t114".*
          EXCLUDE ("benefit_right", "person_id_right", "start_date_right", "window_start_right")
        FROM (
          SELECT
            "t106"."person_id",
            "t106"."benefit",
            "t106"."start_date",
            "t106"."date",
            "t106"."description",
            "t106"."next_date",
            "t106"."next_text",
            "t106"."_weeks",
            "t106"."end_date",
            "t106"."category_exempt",
            "t106"."sickness_category",
            "t106"."category_in_force",
            "t106"."category_note",
            "t106"."employed",
            "t106"."expected_absence_weeks",
            "t106"."window_start",
            "t106"."due0",
            "t112"."person_id" AS "person_id_right",
            "t112"."benefit" AS "benefit_right",
            "t112"."start_date" AS "start_date_right",
            "t112"."window_start" AS "window_start_right",
            "t112"."exemption_start",
            "t112"."exemption_end",
            "t112"."exemption_reason"
          FROM (
            SELECT
              "t98"."person_id",
              "t98"."benefit",
              "t98"."start_date",
              "t98"."date",
              "t98"."description",
              "t98"."next_date",
              "t98"."next_text",
              "t98"."_weeks",
              "t98"."end_date",
              "t98"."category_exempt",
              "t98"."sickness_category",
              "t98"."category_in_force",
              "t98"."category_note",
              "t98"."employed",
              "t98"."expected_absence_weeks",
              "t98"."date" AS "window_start",
              CAST(CAST("t98"."date" + TO_DAYS("t98"."_weeks" * 7) AS TIMESTAMP) AS DATE) AS "due0"
            FROM "t97" AS "t98"
          ) AS "t106"
          LEFT OUTER JOIN (
            SELECT
              "t109"."person_id",
              "t109"."benefit",
              "t109"."start_date",
              "t109"."window_start",
              FIRST("t109"."_from" ORDER BY "t109"."_to" DESC) AS "exemption_start",
              MAX("t109"."_to") AS "exemption_end",
              FIRST("t109"."_reason" ORDER BY "t109"."_to" DESC) AS "exemption_reason"
            FROM (
              SELECT
                "t107"."person_id",
                "t107"."benefit",
                "t107"."start_date",
                "t107"."window_start",
                "t107"."_day",
                "t6"."_pid",
                "t6"."_from",
                "t6"."_to",
                "t6"."_reason"
              FROM (
                SELECT
                  "t98"."person_id",
                  "t98"."benefit",
                  "t98"."start_date",
                  "t98"."date" AS "window_start",
                  CAST(CAST("t98"."date" + TO_DAYS("t98"."_weeks" * 7) AS TIMESTAMP) AS DATE) AS "_day"
                FROM "t97" AS "t98"
              ) AS "t107"
              INNER JOIN (
                SELECT
                  "t0"."person_id" AS "_pid",
                  "t0"."start_date" AS "_from",
                  "t0"."end_date" AS "_to",
                  "t0"."reason" AS "_reason"
                FROM "exemptions" AS "t0"
                WHERE
                  "t0"."start_date" <= CAST($as_of AS DATE)
              ) AS "t6"
                ON "t107"."person_id" = "t6"."_pid"
                AND "t6"."_from" <= "t107"."_day"
                AND "t6"."_to" >= "t107"."_day"
            ) AS "t109"
            GROUP BY
              1,
              2,
              3,
              4
          ) AS "t112"
            ON "t106"."person_id" = "t112"."person_id"
            AND "t106"."benefit" = "t112"."benefit"
            AND "t106"."start_date" = "t112"."start_date"
            AND "t106"."window_start" = "t112"."window_start"
        ) AS "t114"
      ) AS "t116"
    ) AS "t118"
  ) AS "t120"
) AS "t121"
