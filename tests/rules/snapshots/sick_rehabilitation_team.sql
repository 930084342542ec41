WITH "t10" AS (
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
    "t9"."_run",
    "t9"."_new",
    MAX(CASE WHEN "t9"."_new" = 1 THEN "t9"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
      PARTITION BY "t9"."person_id"
      ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS "_spell_start"
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
      "t8"."_switch",
      "t8"."_run",
      CASE
        WHEN (
          "t8"."_switch" = 1
        )
        OR (
          (
            MAX("t8"."_end") OVER (
              PARTITION BY "t8"."person_id", "t8"."_run"
              ORDER BY "t8"."start_date" ASC, "t8"."benefit" ASC, "t8"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) IS NOT NULL
          )
          AND (
            MAX("t8"."_end") OVER (
              PARTITION BY "t8"."person_id", "t8"."_run"
              ORDER BY "t8"."start_date" ASC, "t8"."benefit" ASC, "t8"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) < MAKE_DATE(9999, 12, 31)
          )
          AND (
            "t8"."start_date" > CAST(CAST(MAX("t8"."_end") OVER (
              PARTITION BY "t8"."person_id", "t8"."_run"
              ORDER BY "t8"."start_date" ASC, "t8"."benefit" ASC, "t8"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
          )
          AND (
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t8"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['sygedagpenge']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t8"."benefit"
              ),
              FALSE
            )
            OR (
              (
                CASE
                  WHEN "t8"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN 1
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t8"."start_date" >= CAST(CAST(CASE
                  WHEN EXTRACT(day FROM CAST(CAST(MAX("t8"."_end") OVER (
                    PARTITION BY "t8"."person_id", "t8"."_run"
                    ORDER BY "t8"."start_date" ASC, "t8"."benefit" ASC, "t8"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                  THEN CAST(CAST(MAX("t8"."_end") OVER (
                    PARTITION BY "t8"."person_id", "t8"."_run"
                    ORDER BY "t8"."start_date" ASC, "t8"."benefit" ASC, "t8"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ELSE CAST(CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CAST(MAX("t8"."_end") OVER (
                      PARTITION BY "t8"."person_id", "t8"."_run"
                      ORDER BY "t8"."start_date" ASC, "t8"."benefit" ASC, "t8"."_end" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                END + TO_MONTHS(
                  COALESCE(
                    CASE
                      WHEN "t8"."start_date" >= MAKE_DATE(2020, 1, 1)
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
              WHEN "t8"."start_date" >= MAKE_DATE(2020, 1, 1)
              THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
              ELSE CAST(NULL AS TEXT[])
            END,
            LAG("t8"."target_group") OVER (
              PARTITION BY "t8"."person_id", "t8"."_run"
              ORDER BY "t8"."start_date" ASC, "t8"."benefit" ASC, "t8"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) || '>' || "t8"."target_group"
          ),
          FALSE
        )
        THEN 1
        ELSE 0
      END AS "_new"
    FROM (
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
        SUM("t7"."_switch") OVER (
          PARTITION BY "t7"."person_id"
          ORDER BY "t7"."start_date" ASC, "t7"."benefit" ASC, "t7"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_run"
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
          CASE
            WHEN LAG("t6"."benefit") OVER (
              PARTITION BY "t6"."person_id"
              ORDER BY "t6"."start_date" ASC, "t6"."benefit" ASC, "t6"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) IS NULL
            THEN 1
            WHEN LAG("t6"."benefit") OVER (
              PARTITION BY "t6"."person_id"
              ORDER BY "t6"."start_date" ASC, "t6"."benefit" ASC, "t6"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) <> "t6"."benefit"
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
        ) AS "t6"
      ) AS "t7"
    ) AS "t8"
  ) AS "t9"
), "t12" AS (
  SELECT
    *
  FROM "t10" AS "t11"
  WHERE
    "t11"."_acc"
), "t16" AS (
  SELECT
    "t14"."person_id",
    "t14"."benefit",
    MIN("t14"."start_date") AS "c1"
  FROM "t12" AS "t14"
  GROUP BY
    1,
    2
), "t25" AS (
  SELECT
    "t24"."person_id",
    "t24"."benefit",
    "t24"."c1",
    "t24"."c2"
  FROM (
    SELECT
      "t18"."person_id",
      "t18"."benefit",
      "t18"."c1",
      "t23"."person_id" AS "person_id_right",
      "t23"."benefit" AS "benefit_right",
      "t23"."c2"
    FROM "t16" AS "t18"
    LEFT OUTER JOIN (
      SELECT
        "t21"."person_id",
        "t21"."benefit",
        MIN("t21"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t15"."person_id",
            "t15"."benefit",
            "t15"."start_date",
            "t15"."first_contact_date",
            "t15"."target_group",
            "t15"."first_absence_date",
            "t15"."sickness_category",
            "t15"."employed",
            "t15"."handover_date",
            "t15"."expected_absence_weeks",
            "t15"."work_obligation",
            "t15"."municipality",
            "t15"."early_followup_request_date",
            "t15"."education_order",
            "t15"."_end",
            "t15"."_acc",
            "t15"."_switch",
            "t15"."_run",
            "t15"."_new",
            "t15"."_spell_start",
            "t19"."c1"
          FROM "t12" AS "t15"
          INNER JOIN "t16" AS "t19"
            ON "t15"."person_id" = "t19"."person_id" AND "t15"."benefit" = "t19"."benefit"
        ) AS "t20"
        WHERE
          "t20"."start_date" >= CAST(CAST("t20"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t20"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t21"
      GROUP BY
        1,
        2
    ) AS "t23"
      ON "t18"."person_id" = "t23"."person_id" AND "t18"."benefit" = "t23"."benefit"
  ) AS "t24"
), "t34" AS (
  SELECT
    "t33"."person_id",
    "t33"."benefit",
    "t33"."c1",
    "t33"."c2",
    "t33"."c3"
  FROM (
    SELECT
      "t27"."person_id",
      "t27"."benefit",
      "t27"."c1",
      "t27"."c2",
      "t32"."person_id" AS "person_id_right",
      "t32"."benefit" AS "benefit_right",
      "t32"."c3"
    FROM "t25" AS "t27"
    LEFT OUTER JOIN (
      SELECT
        "t30"."person_id",
        "t30"."benefit",
        MIN("t30"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t15"."person_id",
            "t15"."benefit",
            "t15"."start_date",
            "t15"."first_contact_date",
            "t15"."target_group",
            "t15"."first_absence_date",
            "t15"."sickness_category",
            "t15"."employed",
            "t15"."handover_date",
            "t15"."expected_absence_weeks",
            "t15"."work_obligation",
            "t15"."municipality",
            "t15"."early_followup_request_date",
            "t15"."education_order",
            "t15"."_end",
            "t15"."_acc",
            "t15"."_switch",
            "t15"."_run",
            "t15"."_new",
            "t15"."_spell_start",
            "t28"."c1",
            "t28"."c2"
          FROM "t12" AS "t15"
          INNER JOIN "t25" AS "t28"
            ON "t15"."person_id" = "t28"."person_id" AND "t15"."benefit" = "t28"."benefit"
        ) AS "t29"
        WHERE
          "t29"."start_date" >= CAST(CAST("t29"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t29"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t30"
      GROUP BY
        1,
        2
    ) AS "t32"
      ON "t27"."person_id" = "t32"."person_id" AND "t27"."benefit" = "t32"."benefit"
  ) AS "t33"
), "t58" AS (
  SELECT
    "t57"."person_id",
    "t57"."benefit",
    "t57"."_key",
    MAX("t57"."_end") AS "_end",
    COUNT(*) AS "periods",
    FIRST("t57"."first_contact_date" ORDER BY "t57"."start_date") AS "first_contact_date",
    FIRST("t57"."target_group" ORDER BY "t57"."start_date") AS "target_group",
    FIRST("t57"."first_absence_date" ORDER BY "t57"."start_date") AS "first_absence_date",
    FIRST("t57"."sickness_category" ORDER BY "t57"."start_date") AS "sickness_category",
    FIRST("t57"."employed" ORDER BY "t57"."start_date") AS "employed",
    FIRST("t57"."handover_date" ORDER BY "t57"."start_date") AS "handover_date",
    FIRST("t57"."expected_absence_weeks" ORDER BY "t57"."start_date") AS "expected_absence_weeks",
    FIRST("t57"."work_obligation" ORDER BY "t57"."start_date") AS "work_obligation",
    FIRST("t57"."municipality" ORDER BY "t57"."start_date") AS "municipality",
    MIN("t57"."early_followup_request_date") AS "early_followup_request_date",
    BOOL_OR(CAST(COALESCE("t57"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
  FROM (
    SELECT
      *
    FROM (
      SELECT
        "t11"."person_id",
        "t11"."benefit",
        "t11"."start_date",
        "t11"."_end",
        "t11"."_spell_start" AS "_key",
        "t11"."_acc",
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
        "t11"."education_order"
      FROM "t10" AS "t11"
      WHERE
        NOT (
          "t11"."_acc"
        )
    ) AS "t13"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t55"."person_id",
        "t55"."benefit",
        "t55"."start_date",
        "t55"."_end",
        "t55"."_key",
        "t55"."_acc",
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
        "t55"."education_order"
      FROM (
        SELECT
          "t54".*
          EXCLUDE ("c1", "c2", "c3", "c4", "c5")
        FROM (
          SELECT
            "t53"."person_id",
            "t53"."benefit",
            "t53"."start_date",
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
            "t53"."education_order",
            "t53"."_end",
            "t53"."_acc",
            "t53"."_switch",
            "t53"."_run",
            "t53"."_new",
            "t53"."_spell_start",
            "t53"."c1",
            "t53"."c2",
            "t53"."c3",
            "t53"."c4",
            "t53"."c5",
            GREATEST(
              CASE
                WHEN "t53"."c1" <= "t53"."start_date"
                THEN "t53"."c1"
                ELSE CAST(NULL AS DATE)
              END,
              CASE
                WHEN "t53"."c2" <= "t53"."start_date"
                THEN "t53"."c2"
                ELSE CAST(NULL AS DATE)
              END,
              CASE
                WHEN "t53"."c3" <= "t53"."start_date"
                THEN "t53"."c3"
                ELSE CAST(NULL AS DATE)
              END,
              CASE
                WHEN "t53"."c4" <= "t53"."start_date"
                THEN "t53"."c4"
                ELSE CAST(NULL AS DATE)
              END,
              CASE
                WHEN "t53"."c5" <= "t53"."start_date"
                THEN "t53"."c5"
                ELSE CAST(NULL AS DATE)
              END
            ) AS "_key"
          FROM (
            SELECT
              "t15"."person_id",
              "t15"."benefit",
              "t15"."start_date",
              "t15"."first_contact_date",
              "t15"."target_group",
              "t15"."first_absence_date",
              "t15"."sickness_category",
              "t15"."employed",
              "t15"."handover_date",
              "t15"."expected_absence_weeks",
              "t15"."work_obligation",
              "t15"."municipality",
              "t15"."early_followup_request_date",
              "t15"."education_order",
              "t15"."_end",
              "t15"."_acc",
              "t15"."_switch",
              "t15"."_run",
              "t15"."_new",
              "t15"."_spell_start",
              "t52"."c1",
              "t52"."c2",
              "t52"."c3",
              "t52"."c4",
              "t52"."c5"
            FROM "t12" AS "t15"
            INNER JOIN (
              SELECT
                "t50".*
                EXCLUDE ("benefit_right", "person_id_right")
              FROM (
                SELECT
                  "t44"."person_id",
                  "t44"."benefit",
                  "t44"."c1",
                  "t44"."c2",
                  "t44"."c3",
                  "t44"."c4",
                  "t49"."person_id" AS "person_id_right",
                  "t49"."benefit" AS "benefit_right",
                  "t49"."c5"
                FROM (
                  SELECT
                    "t42".*
                    EXCLUDE ("benefit_right", "person_id_right")
                  FROM (
                    SELECT
                      "t36"."person_id",
                      "t36"."benefit",
                      "t36"."c1",
                      "t36"."c2",
                      "t36"."c3",
                      "t41"."person_id" AS "person_id_right",
                      "t41"."benefit" AS "benefit_right",
                      "t41"."c4"
                    FROM "t34" AS "t36"
                    LEFT OUTER JOIN (
                      SELECT
                        "t39"."person_id",
                        "t39"."benefit",
                        MIN("t39"."start_date") AS "c4"
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t15"."person_id",
                            "t15"."benefit",
                            "t15"."start_date",
                            "t15"."first_contact_date",
                            "t15"."target_group",
                            "t15"."first_absence_date",
                            "t15"."sickness_category",
                            "t15"."employed",
                            "t15"."handover_date",
                            "t15"."expected_absence_weeks",
                            "t15"."work_obligation",
                            "t15"."municipality",
                            "t15"."early_followup_request_date",
                            "t15"."education_order",
                            "t15"."_end",
                            "t15"."_acc",
                            "t15"."_switch",
                            "t15"."_run",
                            "t15"."_new",
                            "t15"."_spell_start",
                            "t37"."c1",
                            "t37"."c2",
                            "t37"."c3"
                          FROM "t12" AS "t15"
                          INNER JOIN "t34" AS "t37"
                            ON "t15"."person_id" = "t37"."person_id" AND "t15"."benefit" = "t37"."benefit"
                        ) AS "t38"
                        WHERE
                          "t38"."start_date" >= CAST(CAST("t38"."c3" + TO_MONTHS(
                            COALESCE(
                              CASE WHEN "t38"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                              0
                            )
                          ) AS TIMESTAMP) AS DATE)
                      ) AS "t39"
                      GROUP BY
                        1,
                        2
                    ) AS "t41"
                      ON "t36"."person_id" = "t41"."person_id" AND "t36"."benefit" = "t41"."benefit"
                  ) AS "t42"
                ) AS "t44"
                LEFT OUTER JOIN (
                  SELECT
                    "t47"."person_id",
                    "t47"."benefit",
                    MIN("t47"."start_date") AS "c5"
                  FROM (
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t15"."person_id",
                        "t15"."benefit",
                        "t15"."start_date",
                        "t15"."first_contact_date",
                        "t15"."target_group",
                        "t15"."first_absence_date",
                        "t15"."sickness_category",
                        "t15"."employed",
                        "t15"."handover_date",
                        "t15"."expected_absence_weeks",
                        "t15"."work_obligation",
                        "t15"."municipality",
                        "t15"."early_followup_request_date",
                        "t15"."education_order",
                        "t15"."_end",
                        "t15"."_acc",
                        "t15"."_switch",
                        "t15"."_run",
                        "t15"."_new",
                        "t15"."_spell_start",
                        "t45"."c1",
                        "t45"."c2",
                        "t45"."c3",
                        "t45"."c4"
                      FROM "t12" AS "t15"
                      INNER JOIN (
                        SELECT
                          "t42".*
                          EXCLUDE ("benefit_right", "person_id_right")
                        FROM (
                          SELECT
                            "t36"."person_id",
                            "t36"."benefit",
                            "t36"."c1",
                            "t36"."c2",
                            "t36"."c3",
                            "t41"."person_id" AS "person_id_right",
                            "t41"."benefit" AS "benefit_right",
                            "t41"."c4"
                          FROM "t34" AS "t36"
                          LEFT OUTER JOIN (
                            SELECT
                              "t39"."person_id",
                              "t39"."benefit",
                              MIN("t39"."start_date") AS "c4"
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t15"."person_id",
                                  "t15"."benefit",
                                  "t15"."start_date",
                                  "t15"."first_contact_date",
                                  "t15"."target_group",
                                  "t15"."first_absence_date",
                                  "t15"."sickness_category",
                                  "t15"."employed",
                                  "t15"."handover_date",
                                  "t15"."expected_absence_weeks",
                                  "t15"."work_obligation",
                                  "t15"."municipality",
                                  "t15"."early_followup_request_date",
                                  "t15"."education_order",
                                  "t15"."_end",
                                  "t15"."_acc",
                                  "t15"."_switch",
                                  "t15"."_run",
                                  "t15"."_new",
                                  "t15"."_spell_start",
                                  "t37"."c1",
                                  "t37"."c2",
                                  "t37"."c3"
                                FROM "t12" AS "t15"
                                INNER JOIN "t34" AS "t37"
                                  ON "t15"."person_id" = "t37"."person_id" AND "t15"."benefit" = "t37"."benefit"
                              ) AS "t38"
                              WHERE
                                "t38"."start_date" >= CAST(CAST("t38"."c3" + TO_MONTHS(
                                  COALESCE(
                                    CASE WHEN "t38"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE)
                            ) AS "t39"
                            GROUP BY
                              1,
                              2
                          ) AS "t41"
                            ON "t36"."person_id" = "t41"."person_id" AND "t36"."benefit" = "t41"."benefit"
                        ) AS "t42"
                      ) AS "t45"
                        ON "t15"."person_id" = "t45"."person_id" AND "t15"."benefit" = "t45"."benefit"
                    ) AS "t46"
                    WHERE
                      "t46"."start_date" >= CAST(CAST("t46"."c4" + TO_MONTHS(
                        COALESCE(
                          CASE WHEN "t46"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                          0
                        )
                      ) AS TIMESTAMP) AS DATE)
                  ) AS "t47"
                  GROUP BY
                    1,
                    2
                ) AS "t49"
                  ON "t44"."person_id" = "t49"."person_id" AND "t44"."benefit" = "t49"."benefit"
              ) AS "t50"
            ) AS "t52"
              ON "t15"."person_id" = "t52"."person_id" AND "t15"."benefit" = "t52"."benefit"
          ) AS "t53"
        ) AS "t54"
      ) AS "t55"
    ) AS "t56"
  ) AS "t57"
  GROUP BY
    1,
    2,
    3
), "t67" AS (
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
    "t62"."periods",
    "t66"."visitation_date"
  FROM (
    SELECT
      "t59"."person_id",
      "t59"."benefit",
      "t59"."_key" AS "start_date",
      CASE
        WHEN "t59"."_end" = MAKE_DATE(9999, 12, 31)
        THEN CAST(NULL AS DATE)
        ELSE "t59"."_end"
      END AS "end_date",
      "t59"."first_contact_date",
      "t59"."target_group",
      "t59"."first_absence_date",
      "t59"."sickness_category",
      "t59"."employed",
      "t59"."handover_date",
      "t59"."expected_absence_weeks",
      "t59"."work_obligation",
      "t59"."municipality",
      "t59"."early_followup_request_date",
      "t59"."education_order",
      "t59"."periods"
    FROM "t58" AS "t59"
    WHERE
      "t59"."benefit" IN ('sygedagpenge')
  ) AS "t62"
  INNER JOIN (
    SELECT
      "t64"."person_id",
      "t64"."benefit",
      "t64"."start_date",
      MIN("t64"."_from") AS "visitation_date"
    FROM (
      SELECT
        "t63"."person_id",
        "t63"."benefit",
        "t63"."start_date",
        "t63"."_last",
        "t5"."_pid",
        "t5"."_from"
      FROM (
        SELECT
          "t59"."person_id",
          "t59"."benefit",
          "t59"."_key" AS "start_date",
          CASE
            WHEN "t59"."_end" = MAKE_DATE(9999, 12, 31)
            THEN CAST(NULL AS DATE)
            ELSE "t59"."_end"
          END AS "_last"
        FROM "t58" AS "t59"
        WHERE
          "t59"."benefit" IN ('sygedagpenge')
      ) AS "t63"
      INNER JOIN (
        SELECT
          "t1"."person_id" AS "_pid",
          "t1"."start_date" AS "_from"
        FROM "benefit_periods" AS "t1"
        WHERE
          "t1"."benefit" = 'sygedagpenge'
          AND "t1"."start_date" <= CAST($as_of AS DATE)
          AND "t1"."sickness_category" = '3'
      ) AS "t5"
        ON "t63"."person_id" = "t5"."_pid"
        AND "t5"."_from" >= "t63"."start_date"
        AND (
          (
            "t63"."_last" IS NULL
          ) OR (
            "t5"."_from" <= "t63"."_last"
          )
        )
    ) AS "t64"
    GROUP BY
      1,
      2,
      3
  ) AS "t66"
    ON "t62"."person_id" = "t66"."person_id"
    AND "t62"."benefit" = "t66"."benefit"
    AND "t62"."start_date" = "t66"."start_date"
)
SELECT
  "t78"."person_id",
  "t78"."benefit",
  'sick_rehabilitation_team' AS "kind",
  'sick_rehabilitation_team' AS "rule_id",
  '1.0.0' AS "rule_version",
  CASE
    WHEN "t78"."window_start" >= MAKE_DATE(2025, 1, 1)
    THEN 'L 74 (2024-25), § 1 (ophævelse af § 12, stk. 1, nr. 3); BM – Aftale forenkler og målretter sygedagpengesystemet (14.3.2024)'
    WHEN "t78"."window_start" >= MAKE_DATE(2015, 1, 1)
    THEN 'Sygedagpengeloven § 13 d, stk. 3, 2. pkt. (LBK nr. 1712 af 20.8.2021); Sygedagpengeloven § 13 d (elov); Sygedagpengeloven § 12 (visitationskategorier; visitation ved opfølgning)'
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
        'sick_rehabilitation_team'
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
    "t77"."visitation_date",
    "t77"."window_start",
    "t77"."_weeks",
    "t77"."due_date",
    "t77"."fulfilled_date",
    (
      "t77"."_weeks" IS NOT NULL
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
      WHEN "t77"."_weeks" IS NULL
      THEN 'visiteret til kategori 3 ' || CAST("t77"."window_start" AS TEXT) || ': ingen frist for rehabiliteringsteamet (kategori 3 ikke i kraft)'
      WHEN "t77"."fulfilled_date" IS NOT NULL
      THEN 'visiteret til kategori 3 ' || CAST("t77"."window_start" AS TEXT) || '; behandlet i rehabiliteringsteamet ' || CAST("t77"."fulfilled_date" AS TEXT)
      WHEN (
        "t77"."end_date" IS NOT NULL
      )
      AND (
        "t77"."end_date" < "t77"."due_date"
      )
      AND (
        "t77"."fulfilled_date" IS NULL
      )
      THEN 'visiteret til kategori 3 ' || CAST("t77"."window_start" AS TEXT) || '; sygedagpengeforløbet sluttede ' || CAST("t77"."end_date" AS TEXT) || ' før fristen'
      ELSE 'visiteret til kategori 3 ' || CAST("t77"."window_start" AS TEXT) || '; ingen behandling i rehabiliteringsteamet'
    END AS "evidence"
  FROM (
    SELECT
      "t76".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
        "t73"."visitation_date",
        "t73"."window_start",
        "t73"."_weeks",
        "t73"."due_date",
        "t75"."person_id" AS "person_id_right",
        "t75"."benefit" AS "benefit_right",
        "t75"."start_date" AS "start_date_right",
        "t75"."fulfilled_date"
      FROM (
        SELECT
          "t68"."person_id",
          "t68"."benefit",
          "t68"."start_date",
          "t68"."end_date",
          "t68"."first_contact_date",
          "t68"."target_group",
          "t68"."first_absence_date",
          "t68"."sickness_category",
          "t68"."employed",
          "t68"."handover_date",
          "t68"."expected_absence_weeks",
          "t68"."work_obligation",
          "t68"."municipality",
          "t68"."early_followup_request_date",
          "t68"."education_order",
          "t68"."periods",
          "t68"."visitation_date",
          "t68"."visitation_date" AS "window_start",
          CASE
            WHEN "t68"."visitation_date" >= MAKE_DATE(2025, 1, 1)
            THEN CAST(NULL AS BIGINT)
            WHEN "t68"."visitation_date" >= MAKE_DATE(2015, 1, 1)
            THEN 4
            ELSE CAST(NULL AS BIGINT)
          END AS "_weeks",
          CAST(CAST("t68"."visitation_date" + TO_DAYS(
            CASE
              WHEN "t68"."visitation_date" >= MAKE_DATE(2025, 1, 1)
              THEN CAST(NULL AS BIGINT)
              WHEN "t68"."visitation_date" >= MAKE_DATE(2015, 1, 1)
              THEN 4
              ELSE CAST(NULL AS BIGINT)
            END * 7
          ) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM "t67" AS "t68"
      ) AS "t73"
      LEFT OUTER JOIN (
        SELECT
          "t71"."person_id",
          "t71"."benefit",
          "t71"."start_date",
          MIN("t71"."_date") AS "fulfilled_date"
        FROM (
          SELECT
            "t70"."person_id",
            "t70"."benefit",
            "t70"."start_date",
            "t70"."_ws",
            "t70"."_last",
            "t4"."_pid",
            "t4"."_date"
          FROM (
            SELECT
              "t68"."person_id",
              "t68"."benefit",
              "t68"."start_date",
              "t68"."visitation_date" AS "_ws",
              COALESCE("t68"."end_date", CAST($as_of AS DATE)) AS "_last"
            FROM "t67" AS "t68"
          ) AS "t70"
          INNER JOIN (
            SELECT
              "t0"."person_id" AS "_pid",
              "t0"."date" AS "_date"
            FROM "conversations" AS "t0"
            WHERE
              "t0"."status" = 'afholdt'
              AND "t0"."kind" = 'rehabiliteringsteam'
              AND "t0"."date" <= CAST($as_of AS DATE)
          ) AS "t4"
            ON "t70"."person_id" = "t4"."_pid"
            AND "t4"."_date" >= "t70"."_ws"
            AND "t4"."_date" <= "t70"."_last"
        ) AS "t71"
        GROUP BY
          1,
          2,
          3
      ) AS "t75"
        ON "t73"."person_id" = "t75"."person_id"
        AND "t73"."benefit" = "t75"."benefit"
        AND "t73"."start_date" = "t75"."start_date"
    ) AS "t76"
  ) AS "t77"
) AS "t78"
