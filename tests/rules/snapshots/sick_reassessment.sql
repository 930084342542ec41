WITH "t8" AS (
  SELECT
    "t7"."person_id",
    "t7"."benefit",
    "t7"."start_date",
    "t7"."first_contact_date",
    "t7"."target_group",
    "t7"."first_absence_date",
    "t7"."sickness_category",
    "t7"."employed",
    "t7"."handover_date",
    "t7"."expected_absence_weeks",
    "t7"."work_obligation",
    "t7"."municipality",
    "t7"."early_followup_request_date",
    "t7"."education_order",
    "t7"."_end",
    "t7"."_acc",
    "t7"."_switch",
    "t7"."_run",
    "t7"."_new",
    MAX(CASE WHEN "t7"."_new" = 1 THEN "t7"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
      PARTITION BY "t7"."person_id"
      ORDER BY "t7"."start_date" ASC, "t7"."benefit" ASC, "t7"."_end" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS "_spell_start"
  FROM (
    SELECT
      "t6"."person_id",
      "t6"."benefit",
      "t6"."start_date",
      "t6"."first_contact_date",
      "t6"."target_group",
      "t6"."first_absence_date",
      "t6"."sickness_category",
      "t6"."employed",
      "t6"."handover_date",
      "t6"."expected_absence_weeks",
      "t6"."work_obligation",
      "t6"."municipality",
      "t6"."early_followup_request_date",
      "t6"."education_order",
      "t6"."_end",
      "t6"."_acc",
      "t6"."_switch",
      "t6"."_run",
      CASE
        WHEN (
          "t6"."_switch" = 1
        )
        OR (
          (
            MAX("t6"."_end") OVER (
              PARTITION BY "t6"."person_id", "t6"."_run"
              ORDER BY "t6"."start_date" ASC, "t6"."benefit" ASC, "t6"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) IS NOT NULL
          )
          AND (
            MAX("t6"."_end") OVER (
              PARTITION BY "t6"."person_id", "t6"."_run"
              ORDER BY "t6"."start_date" ASC, "t6"."benefit" ASC, "t6"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) < MAKE_DATE(9999, 12, 31)
          )
          AND (
            "t6"."start_date" > CAST(CAST(MAX("t6"."_end") OVER (
              PARTITION BY "t6"."person_id", "t6"."_run"
              ORDER BY "t6"."start_date" ASC, "t6"."benefit" ASC, "t6"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
          )
          AND (
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t6"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['sygedagpenge']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t6"."benefit"
              ),
              FALSE
            )
            OR (
              (
                CASE
                  WHEN "t6"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN 1
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t6"."start_date" >= CAST(CAST(CASE
                  WHEN EXTRACT(day FROM CAST(CAST(MAX("t6"."_end") OVER (
                    PARTITION BY "t6"."person_id", "t6"."_run"
                    ORDER BY "t6"."start_date" ASC, "t6"."benefit" ASC, "t6"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                  THEN CAST(CAST(MAX("t6"."_end") OVER (
                    PARTITION BY "t6"."person_id", "t6"."_run"
                    ORDER BY "t6"."start_date" ASC, "t6"."benefit" ASC, "t6"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ELSE CAST(CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CAST(MAX("t6"."_end") OVER (
                      PARTITION BY "t6"."person_id", "t6"."_run"
                      ORDER BY "t6"."start_date" ASC, "t6"."benefit" ASC, "t6"."_end" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                END + TO_MONTHS(
                  COALESCE(
                    CASE
                      WHEN "t6"."start_date" >= MAKE_DATE(2020, 1, 1)
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
              WHEN "t6"."start_date" >= MAKE_DATE(2020, 1, 1)
              THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
              ELSE CAST(NULL AS TEXT[])
            END,
            LAG("t6"."target_group") OVER (
              PARTITION BY "t6"."person_id", "t6"."_run"
              ORDER BY "t6"."start_date" ASC, "t6"."benefit" ASC, "t6"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) || '>' || "t6"."target_group"
          ),
          FALSE
        )
        THEN 1
        ELSE 0
      END AS "_new"
    FROM (
      SELECT
        "t5"."person_id",
        "t5"."benefit",
        "t5"."start_date",
        "t5"."first_contact_date",
        "t5"."target_group",
        "t5"."first_absence_date",
        "t5"."sickness_category",
        "t5"."employed",
        "t5"."handover_date",
        "t5"."expected_absence_weeks",
        "t5"."work_obligation",
        "t5"."municipality",
        "t5"."early_followup_request_date",
        "t5"."education_order",
        "t5"."_end",
        "t5"."_acc",
        "t5"."_switch",
        SUM("t5"."_switch") OVER (
          PARTITION BY "t5"."person_id"
          ORDER BY "t5"."start_date" ASC, "t5"."benefit" ASC, "t5"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_run"
      FROM (
        SELECT
          "t4"."person_id",
          "t4"."benefit",
          "t4"."start_date",
          "t4"."first_contact_date",
          "t4"."target_group",
          "t4"."first_absence_date",
          "t4"."sickness_category",
          "t4"."employed",
          "t4"."handover_date",
          "t4"."expected_absence_weeks",
          "t4"."work_obligation",
          "t4"."municipality",
          "t4"."early_followup_request_date",
          "t4"."education_order",
          "t4"."_end",
          "t4"."_acc",
          CASE
            WHEN LAG("t4"."benefit") OVER (
              PARTITION BY "t4"."person_id"
              ORDER BY "t4"."start_date" ASC, "t4"."benefit" ASC, "t4"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) IS NULL
            THEN 1
            WHEN LAG("t4"."benefit") OVER (
              PARTITION BY "t4"."person_id"
              ORDER BY "t4"."start_date" ASC, "t4"."benefit" ASC, "t4"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) <> "t4"."benefit"
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
        ) AS "t4"
      ) AS "t5"
    ) AS "t6"
  ) AS "t7"
), "t10" AS (
  SELECT
    *
  FROM "t8" AS "t9"
  WHERE
    "t9"."_acc"
), "t14" AS (
  SELECT
    "t12"."person_id",
    "t12"."benefit",
    MIN("t12"."start_date") AS "c1"
  FROM "t10" AS "t12"
  GROUP BY
    1,
    2
), "t23" AS (
  SELECT
    "t22"."person_id",
    "t22"."benefit",
    "t22"."c1",
    "t22"."c2"
  FROM (
    SELECT
      "t16"."person_id",
      "t16"."benefit",
      "t16"."c1",
      "t21"."person_id" AS "person_id_right",
      "t21"."benefit" AS "benefit_right",
      "t21"."c2"
    FROM "t14" AS "t16"
    LEFT OUTER JOIN (
      SELECT
        "t19"."person_id",
        "t19"."benefit",
        MIN("t19"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t13"."person_id",
            "t13"."benefit",
            "t13"."start_date",
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
            "t13"."education_order",
            "t13"."_end",
            "t13"."_acc",
            "t13"."_switch",
            "t13"."_run",
            "t13"."_new",
            "t13"."_spell_start",
            "t17"."c1"
          FROM "t10" AS "t13"
          INNER JOIN "t14" AS "t17"
            ON "t13"."person_id" = "t17"."person_id" AND "t13"."benefit" = "t17"."benefit"
        ) AS "t18"
        WHERE
          "t18"."start_date" >= CAST(CAST("t18"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t18"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t19"
      GROUP BY
        1,
        2
    ) AS "t21"
      ON "t16"."person_id" = "t21"."person_id" AND "t16"."benefit" = "t21"."benefit"
  ) AS "t22"
), "t32" AS (
  SELECT
    "t31"."person_id",
    "t31"."benefit",
    "t31"."c1",
    "t31"."c2",
    "t31"."c3"
  FROM (
    SELECT
      "t25"."person_id",
      "t25"."benefit",
      "t25"."c1",
      "t25"."c2",
      "t30"."person_id" AS "person_id_right",
      "t30"."benefit" AS "benefit_right",
      "t30"."c3"
    FROM "t23" AS "t25"
    LEFT OUTER JOIN (
      SELECT
        "t28"."person_id",
        "t28"."benefit",
        MIN("t28"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t13"."person_id",
            "t13"."benefit",
            "t13"."start_date",
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
            "t13"."education_order",
            "t13"."_end",
            "t13"."_acc",
            "t13"."_switch",
            "t13"."_run",
            "t13"."_new",
            "t13"."_spell_start",
            "t26"."c1",
            "t26"."c2"
          FROM "t10" AS "t13"
          INNER JOIN "t23" AS "t26"
            ON "t13"."person_id" = "t26"."person_id" AND "t13"."benefit" = "t26"."benefit"
        ) AS "t27"
        WHERE
          "t27"."start_date" >= CAST(CAST("t27"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t27"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t28"
      GROUP BY
        1,
        2
    ) AS "t30"
      ON "t25"."person_id" = "t30"."person_id" AND "t25"."benefit" = "t30"."benefit"
  ) AS "t31"
), "t57" AS (
  SELECT
    "t56"."person_id",
    "t56"."benefit",
    "t56"."_key" AS "start_date",
    CASE
      WHEN "t56"."_end" = MAKE_DATE(9999, 12, 31)
      THEN CAST(NULL AS DATE)
      ELSE "t56"."_end"
    END AS "end_date",
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
    "t56"."periods",
    COALESCE("t56"."first_absence_date", "t56"."_key") AS "window_start",
    CASE
      WHEN COALESCE("t56"."first_absence_date", "t56"."_key") >= MAKE_DATE(2014, 7, 1)
      THEN 22
      ELSE CAST(NULL AS BIGINT)
    END AS "_weeks",
    CASE
      WHEN COALESCE("t56"."employed", FALSE)
      THEN CAST(CAST(COALESCE("t56"."first_absence_date", "t56"."_key") + TO_DAYS(
        COALESCE(
          CASE
            WHEN COALESCE("t56"."first_absence_date", "t56"."_key") >= MAKE_DATE(2014, 7, 1)
            THEN 30
            ELSE CAST(NULL AS BIGINT)
          END,
          0
        )
      ) AS TIMESTAMP) AS DATE)
      ELSE COALESCE("t56"."first_absence_date", "t56"."_key")
    END AS "count_start"
  FROM (
    SELECT
      "t55"."person_id",
      "t55"."benefit",
      "t55"."_key",
      MAX("t55"."_end") AS "_end",
      COUNT(*) AS "periods",
      FIRST("t55"."first_contact_date" ORDER BY "t55"."start_date") AS "first_contact_date",
      FIRST("t55"."target_group" ORDER BY "t55"."start_date") AS "target_group",
      FIRST("t55"."first_absence_date" ORDER BY "t55"."start_date") AS "first_absence_date",
      FIRST("t55"."sickness_category" ORDER BY "t55"."start_date") AS "sickness_category",
      FIRST("t55"."employed" ORDER BY "t55"."start_date") AS "employed",
      FIRST("t55"."handover_date" ORDER BY "t55"."start_date") AS "handover_date",
      FIRST("t55"."expected_absence_weeks" ORDER BY "t55"."start_date") AS "expected_absence_weeks",
      FIRST("t55"."work_obligation" ORDER BY "t55"."start_date") AS "work_obligation",
      FIRST("t55"."municipality" ORDER BY "t55"."start_date") AS "municipality",
      MIN("t55"."early_followup_request_date") AS "early_followup_request_date",
      BOOL_OR(CAST(COALESCE("t55"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
    FROM (
      SELECT
        *
      FROM (
        SELECT
          "t9"."person_id",
          "t9"."benefit",
          "t9"."start_date",
          "t9"."_end",
          "t9"."_spell_start" AS "_key",
          "t9"."_acc",
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
          "t9"."education_order"
        FROM "t8" AS "t9"
        WHERE
          NOT (
            "t9"."_acc"
          )
      ) AS "t11"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          "t53"."person_id",
          "t53"."benefit",
          "t53"."start_date",
          "t53"."_end",
          "t53"."_key",
          "t53"."_acc",
          "t53"."first_contact_date",
          "t53"."target_group",
          "t53"."first_absence_date",
          "t53"."sickness_category",
          "t53"."employed",
          "t53"."handover_date",
          "t53"."expected_absence_weeks",
          "t53"."work_obligation",
          "t53"."municipality",
          "t53"."early_followup_request_date",
          "t53"."education_order"
        FROM (
          SELECT
            "t52".*
            EXCLUDE ("c1", "c2", "c3", "c4", "c5")
          FROM (
            SELECT
              "t51"."person_id",
              "t51"."benefit",
              "t51"."start_date",
              "t51"."first_contact_date",
              "t51"."target_group",
              "t51"."first_absence_date",
              "t51"."sickness_category",
              "t51"."employed",
              "t51"."handover_date",
              "t51"."expected_absence_weeks",
              "t51"."work_obligation",
              "t51"."municipality",
              "t51"."early_followup_request_date",
              "t51"."education_order",
              "t51"."_end",
              "t51"."_acc",
              "t51"."_switch",
              "t51"."_run",
              "t51"."_new",
              "t51"."_spell_start",
              "t51"."c1",
              "t51"."c2",
              "t51"."c3",
              "t51"."c4",
              "t51"."c5",
              GREATEST(
                CASE
                  WHEN "t51"."c1" <= "t51"."start_date"
                  THEN "t51"."c1"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t51"."c2" <= "t51"."start_date"
                  THEN "t51"."c2"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t51"."c3" <= "t51"."start_date"
                  THEN "t51"."c3"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t51"."c4" <= "t51"."start_date"
                  THEN "t51"."c4"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t51"."c5" <= "t51"."start_date"
                  THEN "t51"."c5"
                  ELSE CAST(NULL AS DATE)
                END
              ) AS "_key"
            FROM (
              SELECT
                "t13"."person_id",
                "t13"."benefit",
                "t13"."start_date",
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
                "t13"."education_order",
                "t13"."_end",
                "t13"."_acc",
                "t13"."_switch",
                "t13"."_run",
                "t13"."_new",
                "t13"."_spell_start",
                "t50"."c1",
                "t50"."c2",
                "t50"."c3",
                "t50"."c4",
                "t50"."c5"
              FROM "t10" AS "t13"
              INNER JOIN (
                SELECT
                  "t48".*
                  EXCLUDE ("benefit_right", "person_id_right")
                FROM (
                  SELECT
                    "t42"."person_id",
                    "t42"."benefit",
                    "t42"."c1",
                    "t42"."c2",
                    "t42"."c3",
                    "t42"."c4",
                    "t47"."person_id" AS "person_id_right",
                    "t47"."benefit" AS "benefit_right",
                    "t47"."c5"
                  FROM (
                    SELECT
                      "t40".*
                      EXCLUDE ("benefit_right", "person_id_right")
                    FROM (
                      SELECT
                        "t34"."person_id",
                        "t34"."benefit",
                        "t34"."c1",
                        "t34"."c2",
                        "t34"."c3",
                        "t39"."person_id" AS "person_id_right",
                        "t39"."benefit" AS "benefit_right",
                        "t39"."c4"
                      FROM "t32" AS "t34"
                      LEFT OUTER JOIN (
                        SELECT
                          "t37"."person_id",
                          "t37"."benefit",
                          MIN("t37"."start_date") AS "c4"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t13"."person_id",
                              "t13"."benefit",
                              "t13"."start_date",
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
                              "t13"."education_order",
                              "t13"."_end",
                              "t13"."_acc",
                              "t13"."_switch",
                              "t13"."_run",
                              "t13"."_new",
                              "t13"."_spell_start",
                              "t35"."c1",
                              "t35"."c2",
                              "t35"."c3"
                            FROM "t10" AS "t13"
                            INNER JOIN "t32" AS "t35"
                              ON "t13"."person_id" = "t35"."person_id" AND "t13"."benefit" = "t35"."benefit"
                          ) AS "t36"
                          WHERE
                            "t36"."start_date" >= CAST(CAST("t36"."c3" + TO_MONTHS(
                              COALESCE(
                                CASE WHEN "t36"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE)
                        ) AS "t37"
                        GROUP BY
                          1,
                          2
                      ) AS "t39"
                        ON "t34"."person_id" = "t39"."person_id" AND "t34"."benefit" = "t39"."benefit"
                    ) AS "t40"
                  ) AS "t42"
                  LEFT OUTER JOIN (
                    SELECT
                      "t45"."person_id",
                      "t45"."benefit",
                      MIN("t45"."start_date") AS "c5"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t13"."person_id",
                          "t13"."benefit",
                          "t13"."start_date",
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
                          "t13"."education_order",
                          "t13"."_end",
                          "t13"."_acc",
                          "t13"."_switch",
                          "t13"."_run",
                          "t13"."_new",
                          "t13"."_spell_start",
                          "t43"."c1",
                          "t43"."c2",
                          "t43"."c3",
                          "t43"."c4"
                        FROM "t10" AS "t13"
                        INNER JOIN (
                          SELECT
                            "t40".*
                            EXCLUDE ("benefit_right", "person_id_right")
                          FROM (
                            SELECT
                              "t34"."person_id",
                              "t34"."benefit",
                              "t34"."c1",
                              "t34"."c2",
                              "t34"."c3",
                              "t39"."person_id" AS "person_id_right",
                              "t39"."benefit" AS "benefit_right",
                              "t39"."c4"
                            FROM "t32" AS "t34"
                            LEFT OUTER JOIN (
                              SELECT
                                "t37"."person_id",
                                "t37"."benefit",
                                MIN("t37"."start_date") AS "c4"
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t13"."person_id",
                                    "t13"."benefit",
                                    "t13"."start_date",
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
                                    "t13"."education_order",
                                    "t13"."_end",
                                    "t13"."_acc",
                                    "t13"."_switch",
                                    "t13"."_run",
                                    "t13"."_new",
                                    "t13"."_spell_start",
                                    "t35"."c1",
                                    "t35"."c2",
                                    "t35"."c3"
                                  FROM "t10" AS "t13"
                                  INNER JOIN "t32" AS "t35"
                                    ON "t13"."person_id" = "t35"."person_id" AND "t13"."benefit" = "t35"."benefit"
                                ) AS "t36"
                                WHERE
                                  "t36"."start_date" >= CAST(CAST("t36"."c3" + TO_MONTHS(
                                    COALESCE(
                                      CASE WHEN "t36"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE)
                              ) AS "t37"
                              GROUP BY
                                1,
                                2
                            ) AS "t39"
                              ON "t34"."person_id" = "t39"."person_id" AND "t34"."benefit" = "t39"."benefit"
                          ) AS "t40"
                        ) AS "t43"
                          ON "t13"."person_id" = "t43"."person_id" AND "t13"."benefit" = "t43"."benefit"
                      ) AS "t44"
                      WHERE
                        "t44"."start_date" >= CAST(CAST("t44"."c4" + TO_MONTHS(
                          COALESCE(
                            CASE WHEN "t44"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                    ) AS "t45"
                    GROUP BY
                      1,
                      2
                  ) AS "t47"
                    ON "t42"."person_id" = "t47"."person_id" AND "t42"."benefit" = "t47"."benefit"
                ) AS "t48"
              ) AS "t50"
                ON "t13"."person_id" = "t50"."person_id" AND "t13"."benefit" = "t50"."benefit"
            ) AS "t51"
          ) AS "t52"
        ) AS "t53"
      ) AS "t54"
    ) AS "t55"
    GROUP BY
      1,
      2,
      3
  ) AS "t56"
  WHERE
    "t56"."benefit" IN ('sygedagpenge')
)
SELECT
  "t81"."person_id",
  "t81"."benefit",
  'sick_reassessment' AS "kind",
  'sick_reassessment' AS "rule_id",
  '1.1.0' AS "rule_version",
  CASE
    WHEN "t81"."window_start" >= MAKE_DATE(2014, 7, 1)
    THEN 'Sygedagpengeloven § 24, stk. 1 (ændringslov nr. 720 af 25.6.2014)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t81"."window_start",
  CASE
    WHEN COALESCE("t81"."is_applicable", FALSE)
    THEN "t81"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t81"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t81"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t81"."fulfilled_date" <= "t81"."due_date"
    )
    THEN 'met'
    WHEN "t81"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t81"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t81"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t81"."is_applicable", FALSE)
    THEN "t81"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t81"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t81"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t81"."fulfilled_date" > "t81"."due_date"
    )
    THEN DATE_DIFF('DAY', "t81"."due_date", "t81"."fulfilled_date")
    WHEN NOT (
      "t81"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t81"."is_exempt", FALSE)
    )
    AND (
      "t81"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t81"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t81"."is_applicable", FALSE)
              THEN "t81"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t81"."window_start"
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
              WHEN COALESCE("t81"."is_applicable", FALSE)
              THEN "t81"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t81"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'sick_reassessment'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. ' || COALESCE("t81"."evidence", '')
    ELSE COALESCE("t81"."evidence", '')
  END AS "evidence"
FROM (
  SELECT
    "t80"."person_id",
    "t80"."benefit",
    "t80"."start_date",
    "t80"."end_date",
    "t80"."first_contact_date",
    "t80"."target_group",
    "t80"."first_absence_date",
    "t80"."sickness_category",
    "t80"."employed",
    "t80"."handover_date",
    "t80"."expected_absence_weeks",
    "t80"."work_obligation",
    "t80"."municipality",
    "t80"."early_followup_request_date",
    "t80"."education_order",
    "t80"."periods",
    "t80"."window_start",
    "t80"."_weeks",
    "t80"."count_start",
    "t80"."earlier_days",
    "t80"."exceeded",
    "t80"."due_date",
    "t80"."fulfilled_date",
    "t80"."held_text",
    (
      "t80"."_weeks" IS NOT NULL
    )
    AND NOT (
      (
        "t80"."end_date" IS NOT NULL
      ) AND (
        "t80"."end_date" < "t80"."exceeded"
      )
    ) AS "is_applicable",
    FALSE AS "is_exempt",
    CASE
      WHEN "t80"."_weeks" IS NULL
      THEN 'reglen var ikke i kraft på første fraværsdag'
      WHEN (
        "t80"."end_date" IS NOT NULL
      ) AND (
        "t80"."end_date" < "t80"."exceeded"
      )
      THEN 'sygedagpengeforløbet sluttede ' || CAST("t80"."end_date" AS TEXT) || ', før 22 uger blev overskredet ' || CAST("t80"."exceeded" AS TEXT)
      WHEN "t80"."fulfilled_date" IS NOT NULL
      THEN "t80"."held_text" || '; ' || '22 uger overskrides ' || CAST("t80"."exceeded" AS TEXT) || ' (opgjort fra ' || CAST("t80"."count_start" AS TEXT) || CASE
        WHEN "t80"."earlier_days" > 0
        THEN ', heraf ' || CAST("t80"."earlier_days" AS TEXT) || ' dage fra tidligere sygeperioder inden for ' || CAST(CASE
          WHEN "t80"."window_start" >= MAKE_DATE(2014, 7, 1)
          THEN 9
          ELSE CAST(NULL AS BIGINT)
        END AS TEXT) || ' måneder'
        ELSE ''
      END || '); udbetalingen ophører efter ' || CAST("t80"."due_date" AS TEXT)
      ELSE 'ingen revurdering; ' || '22 uger overskrides ' || CAST("t80"."exceeded" AS TEXT) || ' (opgjort fra ' || CAST("t80"."count_start" AS TEXT) || CASE
        WHEN "t80"."earlier_days" > 0
        THEN ', heraf ' || CAST("t80"."earlier_days" AS TEXT) || ' dage fra tidligere sygeperioder inden for ' || CAST(CASE
          WHEN "t80"."window_start" >= MAKE_DATE(2014, 7, 1)
          THEN 9
          ELSE CAST(NULL AS BIGINT)
        END AS TEXT) || ' måneder'
        ELSE ''
      END || '); udbetalingen ophører efter ' || CAST("t80"."due_date" AS TEXT)
    END AS "evidence"
  FROM (
    SELECT
      "t79".*
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
        "t78"."_weeks",
        "t78"."count_start",
        "t78"."earlier_days",
        "t78"."exceeded",
        "t78"."due_date",
        "t76"."person_id" AS "person_id_right",
        "t76"."benefit" AS "benefit_right",
        "t76"."start_date" AS "start_date_right",
        "t76"."fulfilled_date",
        "t76"."held_text"
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
          "t71"."_weeks",
          "t71"."count_start",
          "t71"."earlier_days",
          CAST(CAST("t71"."count_start" + TO_DAYS((
            COALESCE("t71"."_weeks", 0) * 7
          ) - "t71"."earlier_days") AS TIMESTAMP) AS DATE) AS "exceeded",
          CAST(CAST(CAST(CAST(DATE_TRUNC(
            'MONTH',
            CAST(CAST("t71"."count_start" + TO_DAYS((
              COALESCE("t71"."_weeks", 0) * 7
            ) - "t71"."earlier_days") AS TIMESTAMP) AS DATE)
          ) + TO_MONTHS(
            CASE
              WHEN CASE
                WHEN "t71"."window_start" >= MAKE_DATE(2014, 7, 1)
                THEN 'current_month_included'
                ELSE CAST(NULL AS TEXT)
              END = 'preceding_months_only'
              THEN 1
              ELSE 0
            END + 1
          ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM (
          SELECT
            "t70".*
            EXCLUDE ("_from")
          FROM (
            SELECT
              "t69"."person_id",
              "t69"."benefit",
              "t69"."start_date",
              "t69"."end_date",
              "t69"."first_contact_date",
              "t69"."target_group",
              "t69"."first_absence_date",
              "t69"."sickness_category",
              "t69"."employed",
              "t69"."handover_date",
              "t69"."expected_absence_weeks",
              "t69"."work_obligation",
              "t69"."municipality",
              "t69"."early_followup_request_date",
              "t69"."education_order",
              "t69"."periods",
              "t69"."window_start",
              "t69"."_weeks",
              "t69"."count_start",
              "t69"."_from",
              CAST(COALESCE("t69"."earlier_days", 0) AS INT) AS "earlier_days"
            FROM (
              SELECT
                "t68".*
                EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
              FROM (
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
                  "t63"."window_start",
                  "t63"."_weeks",
                  "t63"."count_start",
                  "t63"."_from",
                  "t67"."person_id" AS "person_id_right",
                  "t67"."benefit" AS "benefit_right",
                  "t67"."start_date" AS "start_date_right",
                  "t67"."earlier_days"
                FROM (
                  SELECT
                    "t58"."person_id",
                    "t58"."benefit",
                    "t58"."start_date",
                    "t58"."end_date",
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
                    "t58"."education_order",
                    "t58"."periods",
                    "t58"."window_start",
                    "t58"."_weeks",
                    "t58"."count_start",
                    CAST(CAST(DATE_TRUNC('MONTH', "t58"."count_start") + TO_MONTHS(
                      -(
                        COALESCE(
                          CASE
                            WHEN "t58"."window_start" >= MAKE_DATE(2014, 7, 1)
                            THEN 9
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        )
                      )
                    ) AS TIMESTAMP) AS DATE) AS "_from"
                  FROM "t57" AS "t58"
                ) AS "t63"
                LEFT OUTER JOIN (
                  SELECT
                    "t65"."person_id",
                    "t65"."benefit",
                    "t65"."start_date",
                    SUM(
                      CASE
                        WHEN LEAST("t65"."_end", CAST(CAST("t65"."_cs_now" + TO_DAYS(-1) AS TIMESTAMP) AS DATE)) >= GREATEST("t65"."_cs", "t65"."_from")
                        THEN DATE_DIFF(
                          'DAY',
                          GREATEST("t65"."_cs", "t65"."_from"),
                          LEAST("t65"."_end", CAST(CAST("t65"."_cs_now" + TO_DAYS(-1) AS TIMESTAMP) AS DATE))
                        ) + 1
                        ELSE 0
                      END
                    ) AS "earlier_days"
                  FROM (
                    SELECT
                      "t64"."person_id",
                      "t64"."benefit",
                      "t64"."start_date",
                      "t64"."_from",
                      "t64"."_cs_now",
                      "t64"."_adds",
                      "t60"."_pid",
                      "t60"."_cs",
                      "t60"."_ws2",
                      "t60"."_end"
                    FROM (
                      SELECT
                        "t58"."person_id",
                        "t58"."benefit",
                        "t58"."start_date",
                        CAST(CAST(DATE_TRUNC('MONTH', "t58"."count_start") + TO_MONTHS(
                          -(
                            COALESCE(
                              CASE
                                WHEN "t58"."window_start" >= MAKE_DATE(2014, 7, 1)
                                THEN 9
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            )
                          )
                        ) AS TIMESTAMP) AS DATE) AS "_from",
                        "t58"."count_start" AS "_cs_now",
                        COALESCE(
                          CASE
                            WHEN "t58"."window_start" >= MAKE_DATE(2014, 7, 1)
                            THEN TRUE
                            ELSE CAST(NULL AS BOOLEAN)
                          END,
                          FALSE
                        ) AS "_adds"
                      FROM "t57" AS "t58"
                    ) AS "t64"
                    INNER JOIN (
                      SELECT
                        "t58"."person_id" AS "_pid",
                        "t58"."count_start" AS "_cs",
                        "t58"."window_start" AS "_ws2",
                        "t58"."end_date" AS "_end"
                      FROM "t57" AS "t58"
                      WHERE
                        "t58"."end_date" IS NOT NULL
                    ) AS "t60"
                      ON "t64"."person_id" = "t60"."_pid"
                      AND "t60"."_ws2" < "t64"."start_date"
                      AND "t60"."_end" >= "t64"."_from"
                      AND "t64"."_adds"
                  ) AS "t65"
                  GROUP BY
                    1,
                    2,
                    3
                ) AS "t67"
                  ON "t63"."person_id" = "t67"."person_id"
                  AND "t63"."benefit" = "t67"."benefit"
                  AND "t63"."start_date" = "t67"."start_date"
              ) AS "t68"
            ) AS "t69"
          ) AS "t70"
        ) AS "t71"
      ) AS "t78"
      LEFT OUTER JOIN (
        SELECT
          "t74"."person_id",
          "t74"."benefit",
          "t74"."start_date",
          MIN("t74"."date") AS "fulfilled_date",
          'revurdering ' || CAST(MIN("t74"."date") AS TEXT) || ' (' || FIRST("t74"."outcome" ORDER BY "t74"."date") || ')' AS "held_text"
        FROM (
          SELECT
            "t73"."person_id",
            "t73"."benefit",
            "t73"."start_date",
            "t73"."_ws",
            "t3"."person_id" AS "person_id_right",
            "t3"."date",
            "t3"."outcome"
          FROM (
            SELECT
              "t71"."person_id",
              "t71"."benefit",
              "t71"."start_date",
              "t71"."window_start" AS "_ws"
            FROM (
              SELECT
                "t70".*
                EXCLUDE ("_from")
              FROM (
                SELECT
                  "t69"."person_id",
                  "t69"."benefit",
                  "t69"."start_date",
                  "t69"."end_date",
                  "t69"."first_contact_date",
                  "t69"."target_group",
                  "t69"."first_absence_date",
                  "t69"."sickness_category",
                  "t69"."employed",
                  "t69"."handover_date",
                  "t69"."expected_absence_weeks",
                  "t69"."work_obligation",
                  "t69"."municipality",
                  "t69"."early_followup_request_date",
                  "t69"."education_order",
                  "t69"."periods",
                  "t69"."window_start",
                  "t69"."_weeks",
                  "t69"."count_start",
                  "t69"."_from",
                  CAST(COALESCE("t69"."earlier_days", 0) AS INT) AS "earlier_days"
                FROM (
                  SELECT
                    "t68".*
                    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                  FROM (
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
                      "t63"."window_start",
                      "t63"."_weeks",
                      "t63"."count_start",
                      "t63"."_from",
                      "t67"."person_id" AS "person_id_right",
                      "t67"."benefit" AS "benefit_right",
                      "t67"."start_date" AS "start_date_right",
                      "t67"."earlier_days"
                    FROM (
                      SELECT
                        "t58"."person_id",
                        "t58"."benefit",
                        "t58"."start_date",
                        "t58"."end_date",
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
                        "t58"."education_order",
                        "t58"."periods",
                        "t58"."window_start",
                        "t58"."_weeks",
                        "t58"."count_start",
                        CAST(CAST(DATE_TRUNC('MONTH', "t58"."count_start") + TO_MONTHS(
                          -(
                            COALESCE(
                              CASE
                                WHEN "t58"."window_start" >= MAKE_DATE(2014, 7, 1)
                                THEN 9
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            )
                          )
                        ) AS TIMESTAMP) AS DATE) AS "_from"
                      FROM "t57" AS "t58"
                    ) AS "t63"
                    LEFT OUTER JOIN (
                      SELECT
                        "t65"."person_id",
                        "t65"."benefit",
                        "t65"."start_date",
                        SUM(
                          CASE
                            WHEN LEAST("t65"."_end", CAST(CAST("t65"."_cs_now" + TO_DAYS(-1) AS TIMESTAMP) AS DATE)) >= GREATEST("t65"."_cs", "t65"."_from")
                            THEN DATE_DIFF(
                              'DAY',
                              GREATEST("t65"."_cs", "t65"."_from"),
                              LEAST("t65"."_end", CAST(CAST("t65"."_cs_now" + TO_DAYS(-1) AS TIMESTAMP) AS DATE))
                            ) + 1
                            ELSE 0
                          END
                        ) AS "earlier_days"
                      FROM (
                        SELECT
                          "t64"."person_id",
                          "t64"."benefit",
                          "t64"."start_date",
                          "t64"."_from",
                          "t64"."_cs_now",
                          "t64"."_adds",
                          "t60"."_pid",
                          "t60"."_cs",
                          "t60"."_ws2",
                          "t60"."_end"
                        FROM (
                          SELECT
                            "t58"."person_id",
                            "t58"."benefit",
                            "t58"."start_date",
                            CAST(CAST(DATE_TRUNC('MONTH', "t58"."count_start") + TO_MONTHS(
                              -(
                                COALESCE(
                                  CASE
                                    WHEN "t58"."window_start" >= MAKE_DATE(2014, 7, 1)
                                    THEN 9
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                )
                              )
                            ) AS TIMESTAMP) AS DATE) AS "_from",
                            "t58"."count_start" AS "_cs_now",
                            COALESCE(
                              CASE
                                WHEN "t58"."window_start" >= MAKE_DATE(2014, 7, 1)
                                THEN TRUE
                                ELSE CAST(NULL AS BOOLEAN)
                              END,
                              FALSE
                            ) AS "_adds"
                          FROM "t57" AS "t58"
                        ) AS "t64"
                        INNER JOIN (
                          SELECT
                            "t58"."person_id" AS "_pid",
                            "t58"."count_start" AS "_cs",
                            "t58"."window_start" AS "_ws2",
                            "t58"."end_date" AS "_end"
                          FROM "t57" AS "t58"
                          WHERE
                            "t58"."end_date" IS NOT NULL
                        ) AS "t60"
                          ON "t64"."person_id" = "t60"."_pid"
                          AND "t60"."_ws2" < "t64"."start_date"
                          AND "t60"."_end" >= "t64"."_from"
                          AND "t64"."_adds"
                      ) AS "t65"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t67"
                      ON "t63"."person_id" = "t67"."person_id"
                      AND "t63"."benefit" = "t67"."benefit"
                      AND "t63"."start_date" = "t67"."start_date"
                  ) AS "t68"
                ) AS "t69"
              ) AS "t70"
            ) AS "t71"
          ) AS "t73"
          INNER JOIN (
            SELECT
              *
            FROM "reassessments" AS "t0"
            WHERE
              "t0"."date" <= CAST($as_of AS DATE)
          ) AS "t3"
            ON "t73"."person_id" = "t3"."person_id" AND "t3"."date" >= "t73"."_ws"
        ) AS "t74"
        GROUP BY
          1,
          2,
          3
      ) AS "t76"
        ON "t78"."person_id" = "t76"."person_id"
        AND "t78"."benefit" = "t76"."benefit"
        AND "t78"."start_date" = "t76"."start_date"
    ) AS "t79"
  ) AS "t80"
) AS "t81"
