WITH "t12" AS (
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
    "t11"."_new",
    MAX(CASE WHEN "t11"."_new" = 1 THEN "t11"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
      PARTITION BY "t11"."person_id"
      ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS "_spell_start"
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
      "t10"."_run",
      CASE
        WHEN (
          "t10"."_switch" = 1
        )
        OR (
          (
            MAX("t10"."_end") OVER (
              PARTITION BY "t10"."person_id", "t10"."_run"
              ORDER BY "t10"."start_date" ASC, "t10"."benefit" ASC, "t10"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) IS NOT NULL
          )
          AND (
            MAX("t10"."_end") OVER (
              PARTITION BY "t10"."person_id", "t10"."_run"
              ORDER BY "t10"."start_date" ASC, "t10"."benefit" ASC, "t10"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) < MAKE_DATE(9999, 12, 31)
          )
          AND (
            "t10"."start_date" > CAST(CAST(MAX("t10"."_end") OVER (
              PARTITION BY "t10"."person_id", "t10"."_run"
              ORDER BY "t10"."start_date" ASC, "t10"."benefit" ASC, "t10"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
          )
          AND (
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t10"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['sygedagpenge']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t10"."benefit"
              ),
              FALSE
            )
            OR (
              (
                CASE
                  WHEN "t10"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN 1
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t10"."start_date" >= CAST(CAST(CASE
                  WHEN EXTRACT(day FROM CAST(CAST(MAX("t10"."_end") OVER (
                    PARTITION BY "t10"."person_id", "t10"."_run"
                    ORDER BY "t10"."start_date" ASC, "t10"."benefit" ASC, "t10"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                  THEN CAST(CAST(MAX("t10"."_end") OVER (
                    PARTITION BY "t10"."person_id", "t10"."_run"
                    ORDER BY "t10"."start_date" ASC, "t10"."benefit" ASC, "t10"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ELSE CAST(CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CAST(MAX("t10"."_end") OVER (
                      PARTITION BY "t10"."person_id", "t10"."_run"
                      ORDER BY "t10"."start_date" ASC, "t10"."benefit" ASC, "t10"."_end" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                END + TO_MONTHS(
                  COALESCE(
                    CASE
                      WHEN "t10"."start_date" >= MAKE_DATE(2020, 1, 1)
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
              WHEN "t10"."start_date" >= MAKE_DATE(2020, 1, 1)
              THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
              ELSE CAST(NULL AS TEXT[])
            END,
            LAG("t10"."target_group") OVER (
              PARTITION BY "t10"."person_id", "t10"."_run"
              ORDER BY "t10"."start_date" ASC, "t10"."benefit" ASC, "t10"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) || '>' || "t10"."target_group"
          ),
          FALSE
        )
        THEN 1
        ELSE 0
      END AS "_new"
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
        "t9"."_switch",
        SUM("t9"."_switch") OVER (
          PARTITION BY "t9"."person_id"
          ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_run"
      FROM (
        SELECT
          "t8"."person_id",
          "t8"."benefit",
          "t8"."start_date",
          "t8"."first_contact_date",
          "t8"."target_group",
          "t8"."first_absence_date",
          "t8"."sickness_category",
          "t8"."employed",
          "t8"."handover_date",
          "t8"."expected_absence_weeks",
          "t8"."work_obligation",
          "t8"."municipality",
          "t8"."early_followup_request_date",
          "t8"."education_order",
          "t8"."_end",
          "t8"."_acc",
          CASE
            WHEN LAG("t8"."benefit") OVER (
              PARTITION BY "t8"."person_id"
              ORDER BY "t8"."start_date" ASC, "t8"."benefit" ASC, "t8"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) IS NULL
            THEN 1
            WHEN LAG("t8"."benefit") OVER (
              PARTITION BY "t8"."person_id"
              ORDER BY "t8"."start_date" ASC, "t8"."benefit" ASC, "t8"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) <> "t8"."benefit"
            THEN 1
            ELSE 0
          END AS "_switch"
        FROM (
          SELECT
            "t1"."person_id",
            "t1"."benefit",
            "t1"."start_date",
            "t1"."first_contact_date",
            "t1"."target_group",
            "t1"."first_absence_date",
            "t1"."sickness_category",
            "t1"."employed",
            "t1"."handover_date",
            "t1"."expected_absence_weeks",
            "t1"."work_obligation",
            "t1"."municipality",
            "t1"."early_followup_request_date",
            "t1"."education_order",
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
        ) AS "t8"
      ) AS "t9"
    ) AS "t10"
  ) AS "t11"
), "t14" AS (
  SELECT
    *
  FROM "t12" AS "t13"
  WHERE
    "t13"."_acc"
), "t18" AS (
  SELECT
    "t16"."person_id",
    "t16"."benefit",
    MIN("t16"."start_date") AS "c1"
  FROM "t14" AS "t16"
  GROUP BY
    1,
    2
), "t27" AS (
  SELECT
    "t26"."person_id",
    "t26"."benefit",
    "t26"."c1",
    "t26"."c2"
  FROM (
    SELECT
      "t20"."person_id",
      "t20"."benefit",
      "t20"."c1",
      "t25"."person_id" AS "person_id_right",
      "t25"."benefit" AS "benefit_right",
      "t25"."c2"
    FROM "t18" AS "t20"
    LEFT OUTER JOIN (
      SELECT
        "t23"."person_id",
        "t23"."benefit",
        MIN("t23"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t17"."person_id",
            "t17"."benefit",
            "t17"."start_date",
            "t17"."first_contact_date",
            "t17"."target_group",
            "t17"."first_absence_date",
            "t17"."sickness_category",
            "t17"."employed",
            "t17"."handover_date",
            "t17"."expected_absence_weeks",
            "t17"."work_obligation",
            "t17"."municipality",
            "t17"."early_followup_request_date",
            "t17"."education_order",
            "t17"."_end",
            "t17"."_acc",
            "t17"."_switch",
            "t17"."_run",
            "t17"."_new",
            "t17"."_spell_start",
            "t21"."c1"
          FROM "t14" AS "t17"
          INNER JOIN "t18" AS "t21"
            ON "t17"."person_id" = "t21"."person_id" AND "t17"."benefit" = "t21"."benefit"
        ) AS "t22"
        WHERE
          "t22"."start_date" >= CAST(CAST("t22"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t22"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t23"
      GROUP BY
        1,
        2
    ) AS "t25"
      ON "t20"."person_id" = "t25"."person_id" AND "t20"."benefit" = "t25"."benefit"
  ) AS "t26"
), "t36" AS (
  SELECT
    "t35"."person_id",
    "t35"."benefit",
    "t35"."c1",
    "t35"."c2",
    "t35"."c3"
  FROM (
    SELECT
      "t29"."person_id",
      "t29"."benefit",
      "t29"."c1",
      "t29"."c2",
      "t34"."person_id" AS "person_id_right",
      "t34"."benefit" AS "benefit_right",
      "t34"."c3"
    FROM "t27" AS "t29"
    LEFT OUTER JOIN (
      SELECT
        "t32"."person_id",
        "t32"."benefit",
        MIN("t32"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t17"."person_id",
            "t17"."benefit",
            "t17"."start_date",
            "t17"."first_contact_date",
            "t17"."target_group",
            "t17"."first_absence_date",
            "t17"."sickness_category",
            "t17"."employed",
            "t17"."handover_date",
            "t17"."expected_absence_weeks",
            "t17"."work_obligation",
            "t17"."municipality",
            "t17"."early_followup_request_date",
            "t17"."education_order",
            "t17"."_end",
            "t17"."_acc",
            "t17"."_switch",
            "t17"."_run",
            "t17"."_new",
            "t17"."_spell_start",
            "t30"."c1",
            "t30"."c2"
          FROM "t14" AS "t17"
          INNER JOIN "t27" AS "t30"
            ON "t17"."person_id" = "t30"."person_id" AND "t17"."benefit" = "t30"."benefit"
        ) AS "t31"
        WHERE
          "t31"."start_date" >= CAST(CAST("t31"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t31"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t32"
      GROUP BY
        1,
        2
    ) AS "t34"
      ON "t29"."person_id" = "t34"."person_id" AND "t29"."benefit" = "t34"."benefit"
  ) AS "t35"
), "t66" AS (
  SELECT
    "t62"."person_id",
    "t62"."benefit",
    "t62"."start_date",
    "t62"."end_date",
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
    "t62"."periods"
  FROM (
    SELECT
      "t60"."person_id",
      "t60"."benefit",
      "t60"."_key" AS "start_date",
      CASE
        WHEN "t60"."_end" = MAKE_DATE(9999, 12, 31)
        THEN CAST(NULL AS DATE)
        ELSE "t60"."_end"
      END AS "end_date",
      "t60"."first_contact_date",
      "t60"."target_group",
      "t60"."first_absence_date",
      "t60"."sickness_category",
      "t60"."employed",
      "t60"."handover_date",
      "t60"."expected_absence_weeks",
      "t60"."work_obligation",
      "t60"."municipality",
      "t60"."early_followup_request_date",
      "t60"."education_order",
      "t60"."periods"
    FROM (
      SELECT
        "t59"."person_id",
        "t59"."benefit",
        "t59"."_key",
        MAX("t59"."_end") AS "_end",
        COUNT(*) AS "periods",
        FIRST("t59"."first_contact_date" ORDER BY "t59"."start_date") AS "first_contact_date",
        FIRST("t59"."target_group" ORDER BY "t59"."start_date") AS "target_group",
        FIRST("t59"."first_absence_date" ORDER BY "t59"."start_date") AS "first_absence_date",
        FIRST("t59"."sickness_category" ORDER BY "t59"."start_date") AS "sickness_category",
        FIRST("t59"."employed" ORDER BY "t59"."start_date") AS "employed",
        FIRST("t59"."handover_date" ORDER BY "t59"."start_date") AS "handover_date",
        FIRST("t59"."expected_absence_weeks" ORDER BY "t59"."start_date") AS "expected_absence_weeks",
        FIRST("t59"."work_obligation" ORDER BY "t59"."start_date") AS "work_obligation",
        FIRST("t59"."municipality" ORDER BY "t59"."start_date") AS "municipality",
        MIN("t59"."early_followup_request_date") AS "early_followup_request_date",
        BOOL_OR(CAST(COALESCE("t59"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t13"."person_id",
            "t13"."benefit",
            "t13"."start_date",
            "t13"."_end",
            "t13"."_spell_start" AS "_key",
            "t13"."_acc",
            "t13"."first_contact_date",
            "t13"."target_group",
            "t13"."first_absence_date",
            "t13"."sickness_category",
            "t13"."employed",
            "t13"."handover_date",
            "t13"."expected_absence_weeks",
            "t13"."work_obligation",
            "t13"."municipality",
            "t13"."early_followup_request_date",
            "t13"."education_order"
          FROM "t12" AS "t13"
          WHERE
            NOT (
              "t13"."_acc"
            )
        ) AS "t15"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            "t57"."person_id",
            "t57"."benefit",
            "t57"."start_date",
            "t57"."_end",
            "t57"."_key",
            "t57"."_acc",
            "t57"."first_contact_date",
            "t57"."target_group",
            "t57"."first_absence_date",
            "t57"."sickness_category",
            "t57"."employed",
            "t57"."handover_date",
            "t57"."expected_absence_weeks",
            "t57"."work_obligation",
            "t57"."municipality",
            "t57"."early_followup_request_date",
            "t57"."education_order"
          FROM (
            SELECT
              "t56".*
              EXCLUDE ("c1", "c2", "c3", "c4", "c5")
            FROM (
              SELECT
                "t55"."person_id",
                "t55"."benefit",
                "t55"."start_date",
                "t55"."first_contact_date",
                "t55"."target_group",
                "t55"."first_absence_date",
                "t55"."sickness_category",
                "t55"."employed",
                "t55"."handover_date",
                "t55"."expected_absence_weeks",
                "t55"."work_obligation",
                "t55"."municipality",
                "t55"."early_followup_request_date",
                "t55"."education_order",
                "t55"."_end",
                "t55"."_acc",
                "t55"."_switch",
                "t55"."_run",
                "t55"."_new",
                "t55"."_spell_start",
                "t55"."c1",
                "t55"."c2",
                "t55"."c3",
                "t55"."c4",
                "t55"."c5",
                GREATEST(
                  CASE
                    WHEN "t55"."c1" <= "t55"."start_date"
                    THEN "t55"."c1"
                    ELSE CAST(NULL AS DATE)
                  END,
                  CASE
                    WHEN "t55"."c2" <= "t55"."start_date"
                    THEN "t55"."c2"
                    ELSE CAST(NULL AS DATE)
                  END,
                  CASE
                    WHEN "t55"."c3" <= "t55"."start_date"
                    THEN "t55"."c3"
                    ELSE CAST(NULL AS DATE)
                  END,
                  CASE
                    WHEN "t55"."c4" <= "t55"."start_date"
                    THEN "t55"."c4"
                    ELSE CAST(NULL AS DATE)
                  END,
                  CASE
                    WHEN "t55"."c5" <= "t55"."start_date"
                    THEN "t55"."c5"
                    ELSE CAST(NULL AS DATE)
                  END
                ) AS "_key"
              FROM (
                SELECT
                  "t17"."person_id",
                  "t17"."benefit",
                  "t17"."start_date",
                  "t17"."first_contact_date",
                  "t17"."target_group",
                  "t17"."first_absence_date",
                  "t17"."sickness_category",
                  "t17"."employed",
                  "t17"."handover_date",
                  "t17"."expected_absence_weeks",
                  "t17"."work_obligation",
                  "t17"."municipality",
                  "t17"."early_followup_request_date",
                  "t17"."education_order",
                  "t17"."_end",
                  "t17"."_acc",
                  "t17"."_switch",
                  "t17"."_run",
                  "t17"."_new",
                  "t17"."_spell_start",
                  "t54"."c1",
                  "t54"."c2",
                  "t54"."c3",
                  "t54"."c4",
                  "t54"."c5"
                FROM "t14" AS "t17"
                INNER JOIN (
                  SELECT
                    "t52".*
                    EXCLUDE ("benefit_right", "person_id_right")
                  FROM (
                    SELECT
                      "t46"."person_id",
                      "t46"."benefit",
                      "t46"."c1",
                      "t46"."c2",
                      "t46"."c3",
                      "t46"."c4",
                      "t51"."person_id" AS "person_id_right",
                      "t51"."benefit" AS "benefit_right",
                      "t51"."c5"
                    FROM (
                      SELECT
                        "t44".*
                        EXCLUDE ("benefit_right", "person_id_right")
                      FROM (
                        SELECT
                          "t38"."person_id",
                          "t38"."benefit",
                          "t38"."c1",
                          "t38"."c2",
                          "t38"."c3",
                          "t43"."person_id" AS "person_id_right",
                          "t43"."benefit" AS "benefit_right",
                          "t43"."c4"
                        FROM "t36" AS "t38"
                        LEFT OUTER JOIN (
                          SELECT
                            "t41"."person_id",
                            "t41"."benefit",
                            MIN("t41"."start_date") AS "c4"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t17"."person_id",
                                "t17"."benefit",
                                "t17"."start_date",
                                "t17"."first_contact_date",
                                "t17"."target_group",
                                "t17"."first_absence_date",
                                "t17"."sickness_category",
                                "t17"."employed",
                                "t17"."handover_date",
                                "t17"."expected_absence_weeks",
                                "t17"."work_obligation",
                                "t17"."municipality",
                                "t17"."early_followup_request_date",
                                "t17"."education_order",
                                "t17"."_end",
                                "t17"."_acc",
                                "t17"."_switch",
                                "t17"."_run",
                                "t17"."_new",
                                "t17"."_spell_start",
                                "t39"."c1",
                                "t39"."c2",
                                "t39"."c3"
                              FROM "t14" AS "t17"
                              INNER JOIN "t36" AS "t39"
                                ON "t17"."person_id" = "t39"."person_id" AND "t17"."benefit" = "t39"."benefit"
                            ) AS "t40"
                            WHERE
                              "t40"."start_date" >= CAST(CAST("t40"."c3" + TO_MONTHS(
                                COALESCE(
                                  CASE WHEN "t40"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE)
                          ) AS "t41"
                          GROUP BY
                            1,
                            2
                        ) AS "t43"
                          ON "t38"."person_id" = "t43"."person_id" AND "t38"."benefit" = "t43"."benefit"
                      ) AS "t44"
                    ) AS "t46"
                    LEFT OUTER JOIN (
                      SELECT
                        "t49"."person_id",
                        "t49"."benefit",
                        MIN("t49"."start_date") AS "c5"
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t17"."person_id",
                            "t17"."benefit",
                            "t17"."start_date",
                            "t17"."first_contact_date",
                            "t17"."target_group",
                            "t17"."first_absence_date",
                            "t17"."sickness_category",
                            "t17"."employed",
                            "t17"."handover_date",
                            "t17"."expected_absence_weeks",
                            "t17"."work_obligation",
                            "t17"."municipality",
                            "t17"."early_followup_request_date",
                            "t17"."education_order",
                            "t17"."_end",
                            "t17"."_acc",
                            "t17"."_switch",
                            "t17"."_run",
                            "t17"."_new",
                            "t17"."_spell_start",
                            "t47"."c1",
                            "t47"."c2",
                            "t47"."c3",
                            "t47"."c4"
                          FROM "t14" AS "t17"
                          INNER JOIN (
                            SELECT
                              "t44".*
                              EXCLUDE ("benefit_right", "person_id_right")
                            FROM (
                              SELECT
                                "t38"."person_id",
                                "t38"."benefit",
                                "t38"."c1",
                                "t38"."c2",
                                "t38"."c3",
                                "t43"."person_id" AS "person_id_right",
                                "t43"."benefit" AS "benefit_right",
                                "t43"."c4"
                              FROM "t36" AS "t38"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t41"."person_id",
                                  "t41"."benefit",
                                  MIN("t41"."start_date") AS "c4"
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t17"."person_id",
                                      "t17"."benefit",
                                      "t17"."start_date",
                                      "t17"."first_contact_date",
                                      "t17"."target_group",
                                      "t17"."first_absence_date",
                                      "t17"."sickness_category",
                                      "t17"."employed",
                                      "t17"."handover_date",
                                      "t17"."expected_absence_weeks",
                                      "t17"."work_obligation",
                                      "t17"."municipality",
                                      "t17"."early_followup_request_date",
                                      "t17"."education_order",
                                      "t17"."_end",
                                      "t17"."_acc",
                                      "t17"."_switch",
                                      "t17"."_run",
                                      "t17"."_new",
                                      "t17"."_spell_start",
                                      "t39"."c1",
                                      "t39"."c2",
                                      "t39"."c3"
                                    FROM "t14" AS "t17"
                                    INNER JOIN "t36" AS "t39"
                                      ON "t17"."person_id" = "t39"."person_id" AND "t17"."benefit" = "t39"."benefit"
                                  ) AS "t40"
                                  WHERE
                                    "t40"."start_date" >= CAST(CAST("t40"."c3" + TO_MONTHS(
                                      COALESCE(
                                        CASE WHEN "t40"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE)
                                ) AS "t41"
                                GROUP BY
                                  1,
                                  2
                              ) AS "t43"
                                ON "t38"."person_id" = "t43"."person_id" AND "t38"."benefit" = "t43"."benefit"
                            ) AS "t44"
                          ) AS "t47"
                            ON "t17"."person_id" = "t47"."person_id" AND "t17"."benefit" = "t47"."benefit"
                        ) AS "t48"
                        WHERE
                          "t48"."start_date" >= CAST(CAST("t48"."c4" + TO_MONTHS(
                            COALESCE(
                              CASE WHEN "t48"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                              0
                            )
                          ) AS TIMESTAMP) AS DATE)
                      ) AS "t49"
                      GROUP BY
                        1,
                        2
                    ) AS "t51"
                      ON "t46"."person_id" = "t51"."person_id" AND "t46"."benefit" = "t51"."benefit"
                  ) AS "t52"
                ) AS "t54"
                  ON "t17"."person_id" = "t54"."person_id" AND "t17"."benefit" = "t54"."benefit"
              ) AS "t55"
            ) AS "t56"
          ) AS "t57"
        ) AS "t58"
      ) AS "t59"
      GROUP BY
        1,
        2,
        3
    ) AS "t60"
    WHERE
      "t60"."benefit" IN ('dagpenge')
  ) AS "t62"
  ANTI JOIN (
    SELECT
      "t63"."person_id" AS "_k_person_id",
      "t63"."benefit" AS "_k_benefit",
      "t63"."start_date" AS "_k_start_date"
    FROM (
      SELECT
        "t62"."person_id",
        "t62"."benefit",
        "t62"."start_date",
        "t62"."end_date",
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
        "t62"."periods"
      FROM (
        SELECT
          "t60"."person_id",
          "t60"."benefit",
          "t60"."_key" AS "start_date",
          CASE
            WHEN "t60"."_end" = MAKE_DATE(9999, 12, 31)
            THEN CAST(NULL AS DATE)
            ELSE "t60"."_end"
          END AS "end_date",
          "t60"."first_contact_date",
          "t60"."target_group",
          "t60"."first_absence_date",
          "t60"."sickness_category",
          "t60"."employed",
          "t60"."handover_date",
          "t60"."expected_absence_weeks",
          "t60"."work_obligation",
          "t60"."municipality",
          "t60"."early_followup_request_date",
          "t60"."education_order",
          "t60"."periods"
        FROM (
          SELECT
            "t59"."person_id",
            "t59"."benefit",
            "t59"."_key",
            MAX("t59"."_end") AS "_end",
            COUNT(*) AS "periods",
            FIRST("t59"."first_contact_date" ORDER BY "t59"."start_date") AS "first_contact_date",
            FIRST("t59"."target_group" ORDER BY "t59"."start_date") AS "target_group",
            FIRST("t59"."first_absence_date" ORDER BY "t59"."start_date") AS "first_absence_date",
            FIRST("t59"."sickness_category" ORDER BY "t59"."start_date") AS "sickness_category",
            FIRST("t59"."employed" ORDER BY "t59"."start_date") AS "employed",
            FIRST("t59"."handover_date" ORDER BY "t59"."start_date") AS "handover_date",
            FIRST("t59"."expected_absence_weeks" ORDER BY "t59"."start_date") AS "expected_absence_weeks",
            FIRST("t59"."work_obligation" ORDER BY "t59"."start_date") AS "work_obligation",
            FIRST("t59"."municipality" ORDER BY "t59"."start_date") AS "municipality",
            MIN("t59"."early_followup_request_date") AS "early_followup_request_date",
            BOOL_OR(CAST(COALESCE("t59"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
          FROM (
            SELECT
              *
            FROM (
              SELECT
                "t13"."person_id",
                "t13"."benefit",
                "t13"."start_date",
                "t13"."_end",
                "t13"."_spell_start" AS "_key",
                "t13"."_acc",
                "t13"."first_contact_date",
                "t13"."target_group",
                "t13"."first_absence_date",
                "t13"."sickness_category",
                "t13"."employed",
                "t13"."handover_date",
                "t13"."expected_absence_weeks",
                "t13"."work_obligation",
                "t13"."municipality",
                "t13"."early_followup_request_date",
                "t13"."education_order"
              FROM "t12" AS "t13"
              WHERE
                NOT (
                  "t13"."_acc"
                )
            ) AS "t15"
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                "t57"."person_id",
                "t57"."benefit",
                "t57"."start_date",
                "t57"."_end",
                "t57"."_key",
                "t57"."_acc",
                "t57"."first_contact_date",
                "t57"."target_group",
                "t57"."first_absence_date",
                "t57"."sickness_category",
                "t57"."employed",
                "t57"."handover_date",
                "t57"."expected_absence_weeks",
                "t57"."work_obligation",
                "t57"."municipality",
                "t57"."early_followup_request_date",
                "t57"."education_order"
              FROM (
                SELECT
                  "t56".*
                  EXCLUDE ("c1", "c2", "c3", "c4", "c5")
                FROM (
                  SELECT
                    "t55"."person_id",
                    "t55"."benefit",
                    "t55"."start_date",
                    "t55"."first_contact_date",
                    "t55"."target_group",
                    "t55"."first_absence_date",
                    "t55"."sickness_category",
                    "t55"."employed",
                    "t55"."handover_date",
                    "t55"."expected_absence_weeks",
                    "t55"."work_obligation",
                    "t55"."municipality",
                    "t55"."early_followup_request_date",
                    "t55"."education_order",
                    "t55"."_end",
                    "t55"."_acc",
                    "t55"."_switch",
                    "t55"."_run",
                    "t55"."_new",
                    "t55"."_spell_start",
                    "t55"."c1",
                    "t55"."c2",
                    "t55"."c3",
                    "t55"."c4",
                    "t55"."c5",
                    GREATEST(
                      CASE
                        WHEN "t55"."c1" <= "t55"."start_date"
                        THEN "t55"."c1"
                        ELSE CAST(NULL AS DATE)
                      END,
                      CASE
                        WHEN "t55"."c2" <= "t55"."start_date"
                        THEN "t55"."c2"
                        ELSE CAST(NULL AS DATE)
                      END,
                      CASE
                        WHEN "t55"."c3" <= "t55"."start_date"
                        THEN "t55"."c3"
                        ELSE CAST(NULL AS DATE)
                      END,
                      CASE
                        WHEN "t55"."c4" <= "t55"."start_date"
                        THEN "t55"."c4"
                        ELSE CAST(NULL AS DATE)
                      END,
                      CASE
                        WHEN "t55"."c5" <= "t55"."start_date"
                        THEN "t55"."c5"
                        ELSE CAST(NULL AS DATE)
                      END
                    ) AS "_key"
                  FROM (
                    SELECT
                      "t17"."person_id",
                      "t17"."benefit",
                      "t17"."start_date",
                      "t17"."first_contact_date",
                      "t17"."target_group",
                      "t17"."first_absence_date",
                      "t17"."sickness_category",
                      "t17"."employed",
                      "t17"."handover_date",
                      "t17"."expected_absence_weeks",
                      "t17"."work_obligation",
                      "t17"."municipality",
                      "t17"."early_followup_request_date",
                      "t17"."education_order",
                      "t17"."_end",
                      "t17"."_acc",
                      "t17"."_switch",
                      "t17"."_run",
                      "t17"."_new",
                      "t17"."_spell_start",
                      "t54"."c1",
                      "t54"."c2",
                      "t54"."c3",
                      "t54"."c4",
                      "t54"."c5"
                    FROM "t14" AS "t17"
                    INNER JOIN (
                      SELECT
                        "t52".*
                        EXCLUDE ("benefit_right", "person_id_right")
                      FROM (
                        SELECT
                          "t46"."person_id",
                          "t46"."benefit",
                          "t46"."c1",
                          "t46"."c2",
                          "t46"."c3",
                          "t46"."c4",
                          "t51"."person_id" AS "person_id_right",
                          "t51"."benefit" AS "benefit_right",
                          "t51"."c5"
                        FROM (
                          SELECT
                            "t44".*
                            EXCLUDE ("benefit_right", "person_id_right")
                          FROM (
                            SELECT
                              "t38"."person_id",
                              "t38"."benefit",
                              "t38"."c1",
                              "t38"."c2",
                              "t38"."c3",
                              "t43"."person_id" AS "person_id_right",
                              "t43"."benefit" AS "benefit_right",
                              "t43"."c4"
                            FROM "t36" AS "t38"
                            LEFT OUTER JOIN (
                              SELECT
                                "t41"."person_id",
                                "t41"."benefit",
                                MIN("t41"."start_date") AS "c4"
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t17"."person_id",
                                    "t17"."benefit",
                                    "t17"."start_date",
                                    "t17"."first_contact_date",
                                    "t17"."target_group",
                                    "t17"."first_absence_date",
                                    "t17"."sickness_category",
                                    "t17"."employed",
                                    "t17"."handover_date",
                                    "t17"."expected_absence_weeks",
                                    "t17"."work_obligation",
                                    "t17"."municipality",
                                    "t17"."early_followup_request_date",
                                    "t17"."education_order",
                                    "t17"."_end",
                                    "t17"."_acc",
                                    "t17"."_switch",
                                    "t17"."_run",
                                    "t17"."_new",
                                    "t17"."_spell_start",
                                    "t39"."c1",
                                    "t39"."c2",
                                    "t39"."c3"
                                  FROM "t14" AS "t17"
                                  INNER JOIN "t36" AS "t39"
                                    ON "t17"."person_id" = "t39"."person_id" AND "t17"."benefit" = "t39"."benefit"
                                ) AS "t40"
                                WHERE
                                  "t40"."start_date" >= CAST(CAST("t40"."c3" + TO_MONTHS(
                                    COALESCE(
                                      CASE WHEN "t40"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE)
                              ) AS "t41"
                              GROUP BY
                                1,
                                2
                            ) AS "t43"
                              ON "t38"."person_id" = "t43"."person_id" AND "t38"."benefit" = "t43"."benefit"
                          ) AS "t44"
                        ) AS "t46"
                        LEFT OUTER JOIN (
                          SELECT
                            "t49"."person_id",
                            "t49"."benefit",
                            MIN("t49"."start_date") AS "c5"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t17"."person_id",
                                "t17"."benefit",
                                "t17"."start_date",
                                "t17"."first_contact_date",
                                "t17"."target_group",
                                "t17"."first_absence_date",
                                "t17"."sickness_category",
                                "t17"."employed",
                                "t17"."handover_date",
                                "t17"."expected_absence_weeks",
                                "t17"."work_obligation",
                                "t17"."municipality",
                                "t17"."early_followup_request_date",
                                "t17"."education_order",
                                "t17"."_end",
                                "t17"."_acc",
                                "t17"."_switch",
                                "t17"."_run",
                                "t17"."_new",
                                "t17"."_spell_start",
                                "t47"."c1",
                                "t47"."c2",
                                "t47"."c3",
                                "t47"."c4"
                              FROM "t14" AS "t17"
                              INNER JOIN (
                                SELECT
                                  "t44".*
                                  EXCLUDE ("benefit_right", "person_id_right")
                                FROM (
                                  SELECT
                                    "t38"."person_id",
                                    "t38"."benefit",
                                    "t38"."c1",
                                    "t38"."c2",
                                    "t38"."c3",
                                    "t43"."person_id" AS "person_id_right",
                                    "t43"."benefit" AS "benefit_right",
                                    "t43"."c4"
                                  FROM "t36" AS "t38"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t41"."person_id",
                                      "t41"."benefit",
                                      MIN("t41"."start_date") AS "c4"
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t17"."person_id",
                                          "t17"."benefit",
                                          "t17"."start_date",
                                          "t17"."first_contact_date",
                                          "t17"."target_group",
                                          "t17"."first_absence_date",
                                          "t17"."sickness_category",
                                          "t17"."employed",
                                          "t17"."handover_date",
                                          "t17"."expected_absence_weeks",
                                          "t17"."work_obligation",
                                          "t17"."municipality",
                                          "t17"."early_followup_request_date",
                                          "t17"."education_order",
                                          "t17"."_end",
                                          "t17"."_acc",
                                          "t17"."_switch",
                                          "t17"."_run",
                                          "t17"."_new",
                                          "t17"."_spell_start",
                                          "t39"."c1",
                                          "t39"."c2",
                                          "t39"."c3"
                                        FROM "t14" AS "t17"
                                        INNER JOIN "t36" AS "t39"
                                          ON "t17"."person_id" = "t39"."person_id" AND "t17"."benefit" = "t39"."benefit"
                                      ) AS "t40"
                                      WHERE
                                        "t40"."start_date" >= CAST(CAST("t40"."c3" + TO_MONTHS(
                                          COALESCE(
                                            CASE WHEN "t40"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                            0
                                          )
                                        ) AS TIMESTAMP) AS DATE)
                                    ) AS "t41"
                                    GROUP BY
                                      1,
                                      2
                                  ) AS "t43"
                                    ON "t38"."person_id" = "t43"."person_id" AND "t38"."benefit" = "t43"."benefit"
                                ) AS "t44"
                              ) AS "t47"
                                ON "t17"."person_id" = "t47"."person_id" AND "t17"."benefit" = "t47"."benefit"
                            ) AS "t48"
                            WHERE
                              "t48"."start_date" >= CAST(CAST("t48"."c4" + TO_MONTHS(
                                COALESCE(
                                  CASE WHEN "t48"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE)
                          ) AS "t49"
                          GROUP BY
                            1,
                            2
                        ) AS "t51"
                          ON "t46"."person_id" = "t51"."person_id" AND "t46"."benefit" = "t51"."benefit"
                      ) AS "t52"
                    ) AS "t54"
                      ON "t17"."person_id" = "t54"."person_id" AND "t17"."benefit" = "t54"."benefit"
                  ) AS "t55"
                ) AS "t56"
              ) AS "t57"
            ) AS "t58"
          ) AS "t59"
          GROUP BY
            1,
            2,
            3
        ) AS "t60"
        WHERE
          "t60"."benefit" IN ('dagpenge')
      ) AS "t62"
      SEMI JOIN (
        SELECT
          "t1"."person_id" AS "_mpid",
          "t1"."start_date" AS "_mstart"
        FROM "benefit_periods" AS "t1"
        WHERE
          "t1"."benefit" = 'dagpenge' AND COALESCE("t1"."jobcentre_course", FALSE)
      ) AS "t6"
        ON "t62"."person_id" = "t6"."_mpid"
        AND "t6"."_mstart" >= "t62"."start_date"
        AND (
          (
            "t62"."end_date" IS NULL
          ) OR (
            "t6"."_mstart" <= "t62"."end_date"
          )
        )
    ) AS "t63"
    WHERE
      CASE
        WHEN "t63"."start_date" >= MAKE_DATE(2026, 7, 1)
        THEN CAST(NULL AS BIGINT)
        WHEN "t63"."start_date" >= MAKE_DATE(2024, 1, 1)
        THEN 6
        WHEN "t63"."start_date" >= MAKE_DATE(2020, 1, 1)
        THEN CAST(NULL AS BIGINT)
        ELSE CAST(NULL AS BIGINT)
      END IS NOT NULL
  ) AS "t65"
    ON "t62"."person_id" = "t65"."_k_person_id"
    AND "t62"."benefit" = "t65"."_k_benefit"
    AND "t62"."start_date" = "t65"."_k_start_date"
)
SELECT
  "t78"."person_id",
  "t78"."benefit",
  'first_interview' AS "kind",
  'dagpenge_akasse_first_interview' AS "rule_id",
  '1.1.0' AS "rule_version",
  CASE
    WHEN "t78"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'STAR – Generelle spørgsmål og svar om reformen (a-kassernes 75 %-krav; det enkelte personkrav ikke nævnt)'
    WHEN "t78"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31, stk. 4 (LBK nr. 280 af 2024) – a-kassens første jobsamtale senest 2 uger efter tilmelding'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t78"."window_start",
  CASE
    WHEN COALESCE("t78"."is_applicable", FALSE)
    THEN "t78"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t78"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t78"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t78"."fulfilled_date" <= "t78"."due_date"
    )
    THEN 'met'
    WHEN "t78"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t78"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t78"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t78"."is_applicable", FALSE)
    THEN "t78"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t78"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t78"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t78"."fulfilled_date" > "t78"."due_date"
    )
    THEN DATE_DIFF('DAY', "t78"."due_date", "t78"."fulfilled_date")
    WHEN NOT (
      "t78"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t78"."is_exempt", FALSE)
    )
    AND (
      "t78"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t78"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t78"."is_applicable", FALSE)
              THEN "t78"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t78"."window_start"
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
              WHEN COALESCE("t78"."is_applicable", FALSE)
              THEN "t78"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t78"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'dagpenge_akasse_first_interview'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. ' || COALESCE("t78"."evidence", '')
    ELSE COALESCE("t78"."evidence", '')
  END AS "evidence"
FROM (
  SELECT
    "t77"."person_id",
    "t77"."benefit",
    "t77"."start_date",
    "t77"."end_date",
    "t77"."first_contact_date",
    "t77"."target_group",
    "t77"."first_absence_date",
    "t77"."sickness_category",
    "t77"."employed",
    "t77"."handover_date",
    "t77"."expected_absence_weeks",
    "t77"."work_obligation",
    "t77"."municipality",
    "t77"."early_followup_request_date",
    "t77"."education_order",
    "t77"."periods",
    "t77"."window_start",
    "t77"."_days",
    "t77"."due_date",
    "t77"."fulfilled_date",
    "t77"."held_text",
    (
      "t77"."_days" IS NOT NULL
    )
    AND (
      (
        SELECT
          COUNT(*) AS "CountStar()"
        FROM (
          SELECT
            *
          FROM "conversations" AS "t0"
          WHERE
            "t0"."held_by" = 'akasse' AND "t0"."date" <= CAST($as_of AS DATE)
        ) AS "t2"
      ) > 0
    )
    AND NOT (
      (
        "t77"."end_date" IS NOT NULL
      )
      AND (
        "t77"."end_date" < "t77"."due_date"
      )
      AND (
        "t77"."fulfilled_date" IS NULL
      )
    ) AS "is_applicable",
    FALSE AS "is_exempt",
    CASE
      WHEN "t77"."_days" IS NULL
      THEN 'reglen var ikke i kraft ved første dagpengedag'
      WHEN NOT (
        (
          SELECT
            COUNT(*) AS "CountStar()"
          FROM (
            SELECT
              *
            FROM "conversations" AS "t0"
            WHERE
              "t0"."held_by" = 'akasse' AND "t0"."date" <= CAST($as_of AS DATE)
          ) AS "t2"
        ) > 0
      )
      THEN 'data indeholder ingen samtaler holdt af a-kassen, så a-kassens første jobsamtale kan ikke vurderes'
      WHEN "t77"."fulfilled_date" IS NOT NULL
      THEN "t77"."held_text"
      WHEN (
        "t77"."end_date" IS NOT NULL
      )
      AND (
        "t77"."end_date" < "t77"."due_date"
      )
      AND (
        "t77"."fulfilled_date" IS NULL
      )
      THEN 'ydelsesforløbet sluttede ' || CAST("t77"."end_date" AS TEXT) || ' før fristen'
      ELSE 'ingen afholdt individuel jobsamtale med a-kassen'
    END AS "evidence"
  FROM (
    SELECT
      "t76".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t72"."person_id",
        "t72"."benefit",
        "t72"."start_date",
        "t72"."end_date",
        "t72"."first_contact_date",
        "t72"."target_group",
        "t72"."first_absence_date",
        "t72"."sickness_category",
        "t72"."employed",
        "t72"."handover_date",
        "t72"."expected_absence_weeks",
        "t72"."work_obligation",
        "t72"."municipality",
        "t72"."early_followup_request_date",
        "t72"."education_order",
        "t72"."periods",
        "t72"."window_start",
        "t72"."_days",
        "t72"."due_date",
        "t75"."person_id" AS "person_id_right",
        "t75"."benefit" AS "benefit_right",
        "t75"."start_date" AS "start_date_right",
        "t75"."fulfilled_date",
        "t75"."held_text"
      FROM (
        SELECT
          "t67"."person_id",
          "t67"."benefit",
          "t67"."start_date",
          "t67"."end_date",
          "t67"."first_contact_date",
          "t67"."target_group",
          "t67"."first_absence_date",
          "t67"."sickness_category",
          "t67"."employed",
          "t67"."handover_date",
          "t67"."expected_absence_weeks",
          "t67"."work_obligation",
          "t67"."municipality",
          "t67"."early_followup_request_date",
          "t67"."education_order",
          "t67"."periods",
          "t67"."start_date" AS "window_start",
          CASE
            WHEN "t67"."start_date" >= MAKE_DATE(2026, 7, 1)
            THEN 14
            WHEN "t67"."start_date" >= MAKE_DATE(2024, 1, 1)
            THEN 14
            ELSE CAST(NULL AS BIGINT)
          END AS "_days",
          CAST(CAST("t67"."start_date" + TO_DAYS(
            COALESCE(
              CASE
                WHEN "t67"."start_date" >= MAKE_DATE(2026, 7, 1)
                THEN 14
                WHEN "t67"."start_date" >= MAKE_DATE(2024, 1, 1)
                THEN 14
                ELSE CAST(NULL AS BIGINT)
              END,
              0
            )
          ) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM "t66" AS "t67"
      ) AS "t72"
      LEFT OUTER JOIN (
        SELECT
          "t73"."person_id",
          "t73"."benefit",
          "t73"."start_date",
          MIN("t73"."date") AS "fulfilled_date",
          FIRST("t73"."description" ORDER BY CAST("t73"."date" AS TEXT) || "t73"."description") AS "held_text"
        FROM (
          SELECT
            "t70"."person_id",
            "t70"."benefit",
            "t70"."start_date",
            "t70"."date",
            "t70"."kind" || ' ' || CAST("t70"."date" AS TEXT) || ' (' || "t70"."form" || ', ' || "t70"."held_by" || ')' AS "description"
          FROM (
            SELECT
              "t69"."person_id",
              "t69"."benefit",
              "t69"."start_date",
              "t69"."window_start",
              "t69"."_first",
              "t69"."_last",
              "t5"."person_id" AS "person_id_right",
              "t5"."date",
              "t5"."kind",
              "t5"."form",
              "t5"."held_by",
              "t5"."status",
              "t5"."individual",
              "t5"."caseworker_id",
              "t5"."purpose"
            FROM (
              SELECT
                "t67"."person_id",
                "t67"."benefit",
                "t67"."start_date",
                "t67"."start_date" AS "window_start",
                "t67"."start_date" AS "_first",
                COALESCE("t67"."end_date", CAST($as_of AS DATE)) AS "_last"
              FROM "t66" AS "t67"
            ) AS "t69"
            INNER JOIN (
              SELECT
                *
              FROM "conversations" AS "t0"
              WHERE
                "t0"."status" = 'afholdt'
                AND COALESCE("t0"."individual", TRUE)
                AND "t0"."date" <= CAST($as_of AS DATE)
                AND "t0"."kind" IN ('jobsamtale')
            ) AS "t5"
              ON "t69"."person_id" = "t5"."person_id"
              AND "t5"."date" >= "t69"."_first"
              AND "t5"."date" <= "t69"."_last"
          ) AS "t70"
          WHERE
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t70"."window_start" >= MAKE_DATE(2024, 1, 1)
                  THEN ['akasse']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t70"."held_by"
              ),
              FALSE
            )
            AND COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t70"."window_start" >= MAKE_DATE(2020, 1, 1)
                  THEN ['personligt', 'telefon', 'video']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t70"."form"
              ),
              FALSE
            )
        ) AS "t73"
        GROUP BY
          1,
          2,
          3
      ) AS "t75"
        ON "t72"."person_id" = "t75"."person_id"
        AND "t72"."benefit" = "t75"."benefit"
        AND "t72"."start_date" = "t75"."start_date"
    ) AS "t76"
  ) AS "t77"
) AS "t78"
