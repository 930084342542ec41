WITH "t11" AS (
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
    "t10"."_new",
    MAX(CASE WHEN "t10"."_new" = 1 THEN "t10"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
      PARTITION BY "t10"."person_id"
      ORDER BY "t10"."start_date" ASC, "t10"."benefit" ASC, "t10"."_end" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS "_spell_start"
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
      "t9"."_run",
      CASE
        WHEN (
          "t9"."_switch" = 1
        )
        OR (
          (
            MAX("t9"."_end") OVER (
              PARTITION BY "t9"."person_id", "t9"."_run"
              ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) IS NOT NULL
          )
          AND (
            MAX("t9"."_end") OVER (
              PARTITION BY "t9"."person_id", "t9"."_run"
              ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) < MAKE_DATE(9999, 12, 31)
          )
          AND (
            "t9"."start_date" > CAST(CAST(MAX("t9"."_end") OVER (
              PARTITION BY "t9"."person_id", "t9"."_run"
              ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
          )
          AND (
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t9"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['sygedagpenge']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t9"."benefit"
              ),
              FALSE
            )
            OR (
              (
                CASE
                  WHEN "t9"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN 1
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t9"."start_date" >= CAST(CAST(CASE
                  WHEN EXTRACT(day FROM CAST(CAST(MAX("t9"."_end") OVER (
                    PARTITION BY "t9"."person_id", "t9"."_run"
                    ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                  THEN CAST(CAST(MAX("t9"."_end") OVER (
                    PARTITION BY "t9"."person_id", "t9"."_run"
                    ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ELSE CAST(CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CAST(MAX("t9"."_end") OVER (
                      PARTITION BY "t9"."person_id", "t9"."_run"
                      ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                END + TO_MONTHS(
                  COALESCE(
                    CASE
                      WHEN "t9"."start_date" >= MAKE_DATE(2020, 1, 1)
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
              WHEN "t9"."start_date" >= MAKE_DATE(2020, 1, 1)
              THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
              ELSE CAST(NULL AS TEXT[])
            END,
            LAG("t9"."target_group") OVER (
              PARTITION BY "t9"."person_id", "t9"."_run"
              ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) || '>' || "t9"."target_group"
          ),
          FALSE
        )
        THEN 1
        ELSE 0
      END AS "_new"
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
        SUM("t8"."_switch") OVER (
          PARTITION BY "t8"."person_id"
          ORDER BY "t8"."start_date" ASC, "t8"."benefit" ASC, "t8"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_run"
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
          CASE
            WHEN LAG("t7"."benefit") OVER (
              PARTITION BY "t7"."person_id"
              ORDER BY "t7"."start_date" ASC, "t7"."benefit" ASC, "t7"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) IS NULL
            THEN 1
            WHEN LAG("t7"."benefit") OVER (
              PARTITION BY "t7"."person_id"
              ORDER BY "t7"."start_date" ASC, "t7"."benefit" ASC, "t7"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) <> "t7"."benefit"
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
        ) AS "t7"
      ) AS "t8"
    ) AS "t9"
  ) AS "t10"
), "t13" AS (
  SELECT
    *
  FROM "t11" AS "t12"
  WHERE
    "t12"."_acc"
), "t17" AS (
  SELECT
    "t15"."person_id",
    "t15"."benefit",
    MIN("t15"."start_date") AS "c1"
  FROM "t13" AS "t15"
  GROUP BY
    1,
    2
), "t26" AS (
  SELECT
    "t25"."person_id",
    "t25"."benefit",
    "t25"."c1",
    "t25"."c2"
  FROM (
    SELECT
      "t19"."person_id",
      "t19"."benefit",
      "t19"."c1",
      "t24"."person_id" AS "person_id_right",
      "t24"."benefit" AS "benefit_right",
      "t24"."c2"
    FROM "t17" AS "t19"
    LEFT OUTER JOIN (
      SELECT
        "t22"."person_id",
        "t22"."benefit",
        MIN("t22"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t16"."person_id",
            "t16"."benefit",
            "t16"."start_date",
            "t16"."first_contact_date",
            "t16"."target_group",
            "t16"."first_absence_date",
            "t16"."sickness_category",
            "t16"."employed",
            "t16"."handover_date",
            "t16"."expected_absence_weeks",
            "t16"."work_obligation",
            "t16"."municipality",
            "t16"."early_followup_request_date",
            "t16"."education_order",
            "t16"."_end",
            "t16"."_acc",
            "t16"."_switch",
            "t16"."_run",
            "t16"."_new",
            "t16"."_spell_start",
            "t20"."c1"
          FROM "t13" AS "t16"
          INNER JOIN "t17" AS "t20"
            ON "t16"."person_id" = "t20"."person_id" AND "t16"."benefit" = "t20"."benefit"
        ) AS "t21"
        WHERE
          "t21"."start_date" >= CAST(CAST("t21"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t21"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t22"
      GROUP BY
        1,
        2
    ) AS "t24"
      ON "t19"."person_id" = "t24"."person_id" AND "t19"."benefit" = "t24"."benefit"
  ) AS "t25"
), "t35" AS (
  SELECT
    "t34"."person_id",
    "t34"."benefit",
    "t34"."c1",
    "t34"."c2",
    "t34"."c3"
  FROM (
    SELECT
      "t28"."person_id",
      "t28"."benefit",
      "t28"."c1",
      "t28"."c2",
      "t33"."person_id" AS "person_id_right",
      "t33"."benefit" AS "benefit_right",
      "t33"."c3"
    FROM "t26" AS "t28"
    LEFT OUTER JOIN (
      SELECT
        "t31"."person_id",
        "t31"."benefit",
        MIN("t31"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t16"."person_id",
            "t16"."benefit",
            "t16"."start_date",
            "t16"."first_contact_date",
            "t16"."target_group",
            "t16"."first_absence_date",
            "t16"."sickness_category",
            "t16"."employed",
            "t16"."handover_date",
            "t16"."expected_absence_weeks",
            "t16"."work_obligation",
            "t16"."municipality",
            "t16"."early_followup_request_date",
            "t16"."education_order",
            "t16"."_end",
            "t16"."_acc",
            "t16"."_switch",
            "t16"."_run",
            "t16"."_new",
            "t16"."_spell_start",
            "t29"."c1",
            "t29"."c2"
          FROM "t13" AS "t16"
          INNER JOIN "t26" AS "t29"
            ON "t16"."person_id" = "t29"."person_id" AND "t16"."benefit" = "t29"."benefit"
        ) AS "t30"
        WHERE
          "t30"."start_date" >= CAST(CAST("t30"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t30"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t31"
      GROUP BY
        1,
        2
    ) AS "t33"
      ON "t28"."person_id" = "t33"."person_id" AND "t28"."benefit" = "t33"."benefit"
  ) AS "t34"
), "t60" AS (
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
    "t59"."periods",
    CASE
      WHEN COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t59"."_key" >= MAKE_DATE(2020, 1, 1)
            THEN ['kontanthjaelp', 'uddannelseshjaelp']
            ELSE CAST(NULL AS TEXT[])
          END,
          "t59"."benefit"
        ),
        FALSE
      )
      THEN COALESCE("t59"."first_contact_date", "t59"."_key")
      ELSE "t59"."_key"
    END AS "window_start"
  FROM (
    SELECT
      "t58"."person_id",
      "t58"."benefit",
      "t58"."_key",
      MAX("t58"."_end") AS "_end",
      COUNT(*) AS "periods",
      FIRST("t58"."first_contact_date" ORDER BY "t58"."start_date") AS "first_contact_date",
      FIRST("t58"."target_group" ORDER BY "t58"."start_date") AS "target_group",
      FIRST("t58"."first_absence_date" ORDER BY "t58"."start_date") AS "first_absence_date",
      FIRST("t58"."sickness_category" ORDER BY "t58"."start_date") AS "sickness_category",
      FIRST("t58"."employed" ORDER BY "t58"."start_date") AS "employed",
      FIRST("t58"."handover_date" ORDER BY "t58"."start_date") AS "handover_date",
      FIRST("t58"."expected_absence_weeks" ORDER BY "t58"."start_date") AS "expected_absence_weeks",
      FIRST("t58"."work_obligation" ORDER BY "t58"."start_date") AS "work_obligation",
      FIRST("t58"."municipality" ORDER BY "t58"."start_date") AS "municipality",
      MIN("t58"."early_followup_request_date") AS "early_followup_request_date",
      BOOL_OR(CAST(COALESCE("t58"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
    FROM (
      SELECT
        *
      FROM (
        SELECT
          "t12"."person_id",
          "t12"."benefit",
          "t12"."start_date",
          "t12"."_end",
          "t12"."_spell_start" AS "_key",
          "t12"."_acc",
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
          "t12"."education_order"
        FROM "t11" AS "t12"
        WHERE
          NOT (
            "t12"."_acc"
          )
      ) AS "t14"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          "t56"."person_id",
          "t56"."benefit",
          "t56"."start_date",
          "t56"."_end",
          "t56"."_key",
          "t56"."_acc",
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
          "t56"."education_order"
        FROM (
          SELECT
            "t55".*
            EXCLUDE ("c1", "c2", "c3", "c4", "c5")
          FROM (
            SELECT
              "t54"."person_id",
              "t54"."benefit",
              "t54"."start_date",
              "t54"."first_contact_date",
              "t54"."target_group",
              "t54"."first_absence_date",
              "t54"."sickness_category",
              "t54"."employed",
              "t54"."handover_date",
              "t54"."expected_absence_weeks",
              "t54"."work_obligation",
              "t54"."municipality",
              "t54"."early_followup_request_date",
              "t54"."education_order",
              "t54"."_end",
              "t54"."_acc",
              "t54"."_switch",
              "t54"."_run",
              "t54"."_new",
              "t54"."_spell_start",
              "t54"."c1",
              "t54"."c2",
              "t54"."c3",
              "t54"."c4",
              "t54"."c5",
              GREATEST(
                CASE
                  WHEN "t54"."c1" <= "t54"."start_date"
                  THEN "t54"."c1"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t54"."c2" <= "t54"."start_date"
                  THEN "t54"."c2"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t54"."c3" <= "t54"."start_date"
                  THEN "t54"."c3"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t54"."c4" <= "t54"."start_date"
                  THEN "t54"."c4"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t54"."c5" <= "t54"."start_date"
                  THEN "t54"."c5"
                  ELSE CAST(NULL AS DATE)
                END
              ) AS "_key"
            FROM (
              SELECT
                "t16"."person_id",
                "t16"."benefit",
                "t16"."start_date",
                "t16"."first_contact_date",
                "t16"."target_group",
                "t16"."first_absence_date",
                "t16"."sickness_category",
                "t16"."employed",
                "t16"."handover_date",
                "t16"."expected_absence_weeks",
                "t16"."work_obligation",
                "t16"."municipality",
                "t16"."early_followup_request_date",
                "t16"."education_order",
                "t16"."_end",
                "t16"."_acc",
                "t16"."_switch",
                "t16"."_run",
                "t16"."_new",
                "t16"."_spell_start",
                "t53"."c1",
                "t53"."c2",
                "t53"."c3",
                "t53"."c4",
                "t53"."c5"
              FROM "t13" AS "t16"
              INNER JOIN (
                SELECT
                  "t51".*
                  EXCLUDE ("benefit_right", "person_id_right")
                FROM (
                  SELECT
                    "t45"."person_id",
                    "t45"."benefit",
                    "t45"."c1",
                    "t45"."c2",
                    "t45"."c3",
                    "t45"."c4",
                    "t50"."person_id" AS "person_id_right",
                    "t50"."benefit" AS "benefit_right",
                    "t50"."c5"
                  FROM (
                    SELECT
                      "t43".*
                      EXCLUDE ("benefit_right", "person_id_right")
                    FROM (
                      SELECT
                        "t37"."person_id",
                        "t37"."benefit",
                        "t37"."c1",
                        "t37"."c2",
                        "t37"."c3",
                        "t42"."person_id" AS "person_id_right",
                        "t42"."benefit" AS "benefit_right",
                        "t42"."c4"
                      FROM "t35" AS "t37"
                      LEFT OUTER JOIN (
                        SELECT
                          "t40"."person_id",
                          "t40"."benefit",
                          MIN("t40"."start_date") AS "c4"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t16"."person_id",
                              "t16"."benefit",
                              "t16"."start_date",
                              "t16"."first_contact_date",
                              "t16"."target_group",
                              "t16"."first_absence_date",
                              "t16"."sickness_category",
                              "t16"."employed",
                              "t16"."handover_date",
                              "t16"."expected_absence_weeks",
                              "t16"."work_obligation",
                              "t16"."municipality",
                              "t16"."early_followup_request_date",
                              "t16"."education_order",
                              "t16"."_end",
                              "t16"."_acc",
                              "t16"."_switch",
                              "t16"."_run",
                              "t16"."_new",
                              "t16"."_spell_start",
                              "t38"."c1",
                              "t38"."c2",
                              "t38"."c3"
                            FROM "t13" AS "t16"
                            INNER JOIN "t35" AS "t38"
                              ON "t16"."person_id" = "t38"."person_id" AND "t16"."benefit" = "t38"."benefit"
                          ) AS "t39"
                          WHERE
                            "t39"."start_date" >= CAST(CAST("t39"."c3" + TO_MONTHS(
                              COALESCE(
                                CASE WHEN "t39"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE)
                        ) AS "t40"
                        GROUP BY
                          1,
                          2
                      ) AS "t42"
                        ON "t37"."person_id" = "t42"."person_id" AND "t37"."benefit" = "t42"."benefit"
                    ) AS "t43"
                  ) AS "t45"
                  LEFT OUTER JOIN (
                    SELECT
                      "t48"."person_id",
                      "t48"."benefit",
                      MIN("t48"."start_date") AS "c5"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t16"."person_id",
                          "t16"."benefit",
                          "t16"."start_date",
                          "t16"."first_contact_date",
                          "t16"."target_group",
                          "t16"."first_absence_date",
                          "t16"."sickness_category",
                          "t16"."employed",
                          "t16"."handover_date",
                          "t16"."expected_absence_weeks",
                          "t16"."work_obligation",
                          "t16"."municipality",
                          "t16"."early_followup_request_date",
                          "t16"."education_order",
                          "t16"."_end",
                          "t16"."_acc",
                          "t16"."_switch",
                          "t16"."_run",
                          "t16"."_new",
                          "t16"."_spell_start",
                          "t46"."c1",
                          "t46"."c2",
                          "t46"."c3",
                          "t46"."c4"
                        FROM "t13" AS "t16"
                        INNER JOIN (
                          SELECT
                            "t43".*
                            EXCLUDE ("benefit_right", "person_id_right")
                          FROM (
                            SELECT
                              "t37"."person_id",
                              "t37"."benefit",
                              "t37"."c1",
                              "t37"."c2",
                              "t37"."c3",
                              "t42"."person_id" AS "person_id_right",
                              "t42"."benefit" AS "benefit_right",
                              "t42"."c4"
                            FROM "t35" AS "t37"
                            LEFT OUTER JOIN (
                              SELECT
                                "t40"."person_id",
                                "t40"."benefit",
                                MIN("t40"."start_date") AS "c4"
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t16"."person_id",
                                    "t16"."benefit",
                                    "t16"."start_date",
                                    "t16"."first_contact_date",
                                    "t16"."target_group",
                                    "t16"."first_absence_date",
                                    "t16"."sickness_category",
                                    "t16"."employed",
                                    "t16"."handover_date",
                                    "t16"."expected_absence_weeks",
                                    "t16"."work_obligation",
                                    "t16"."municipality",
                                    "t16"."early_followup_request_date",
                                    "t16"."education_order",
                                    "t16"."_end",
                                    "t16"."_acc",
                                    "t16"."_switch",
                                    "t16"."_run",
                                    "t16"."_new",
                                    "t16"."_spell_start",
                                    "t38"."c1",
                                    "t38"."c2",
                                    "t38"."c3"
                                  FROM "t13" AS "t16"
                                  INNER JOIN "t35" AS "t38"
                                    ON "t16"."person_id" = "t38"."person_id" AND "t16"."benefit" = "t38"."benefit"
                                ) AS "t39"
                                WHERE
                                  "t39"."start_date" >= CAST(CAST("t39"."c3" + TO_MONTHS(
                                    COALESCE(
                                      CASE WHEN "t39"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE)
                              ) AS "t40"
                              GROUP BY
                                1,
                                2
                            ) AS "t42"
                              ON "t37"."person_id" = "t42"."person_id" AND "t37"."benefit" = "t42"."benefit"
                          ) AS "t43"
                        ) AS "t46"
                          ON "t16"."person_id" = "t46"."person_id" AND "t16"."benefit" = "t46"."benefit"
                      ) AS "t47"
                      WHERE
                        "t47"."start_date" >= CAST(CAST("t47"."c4" + TO_MONTHS(
                          COALESCE(
                            CASE WHEN "t47"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                    ) AS "t48"
                    GROUP BY
                      1,
                      2
                  ) AS "t50"
                    ON "t45"."person_id" = "t50"."person_id" AND "t45"."benefit" = "t50"."benefit"
                ) AS "t51"
              ) AS "t53"
                ON "t16"."person_id" = "t53"."person_id" AND "t16"."benefit" = "t53"."benefit"
            ) AS "t54"
          ) AS "t55"
        ) AS "t56"
      ) AS "t57"
    ) AS "t58"
    GROUP BY
      1,
      2,
      3
  ) AS "t59"
  WHERE
    "t59"."benefit" IN (
      'dagpenge',
      'foertidspension',
      'jobafklaring',
      'kontanthjaelp',
      'ledighedsydelse',
      'ressourceforloeb',
      'revalidering',
      'selvforsoergelsesydelse',
      'sygedagpenge',
      'uddannelseshjaelp'
    )
), "t70" AS (
  SELECT
    "t66"."person_id",
    "t66"."benefit",
    "t66"."start_date",
    "t66"."end_date",
    "t66"."first_contact_date",
    "t66"."target_group",
    "t66"."first_absence_date",
    "t66"."sickness_category",
    "t66"."employed",
    "t66"."handover_date",
    "t66"."expected_absence_weeks",
    "t66"."work_obligation",
    "t66"."municipality",
    "t66"."early_followup_request_date",
    "t66"."education_order",
    "t66"."periods",
    "t66"."window_start",
    "t66"."needs_goal",
    "t66"."needs_education",
    "t66"."in_force",
    "t69"."due_date",
    "t69"."offer_kind"
  FROM (
    SELECT
      "t61"."person_id",
      "t61"."benefit",
      "t61"."start_date",
      "t61"."end_date",
      "t61"."first_contact_date",
      "t61"."target_group",
      "t61"."first_absence_date",
      "t61"."sickness_category",
      "t61"."employed",
      "t61"."handover_date",
      "t61"."expected_absence_weeks",
      "t61"."work_obligation",
      "t61"."municipality",
      "t61"."early_followup_request_date",
      "t61"."education_order",
      "t61"."periods",
      "t61"."window_start",
      COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t61"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN [
              'dagpenge',
              'kontanthjaelp:jobparat',
              'kontanthjaelp:aktivitetsparat',
              'ledighedsydelse',
              'revalidering'
            ]
            ELSE CAST(NULL AS TEXT[])
          END,
          "t61"."benefit"
        )
        OR ARRAY_CONTAINS(
          CASE
            WHEN "t61"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN [
              'dagpenge',
              'kontanthjaelp:jobparat',
              'kontanthjaelp:aktivitetsparat',
              'ledighedsydelse',
              'revalidering'
            ]
            ELSE CAST(NULL AS TEXT[])
          END,
          "t61"."benefit" || ':' || COALESCE("t61"."target_group", '')
        ),
        FALSE
      )
      OR (
        COALESCE("t61"."education_order", FALSE)
        AND COALESCE(
          ARRAY_CONTAINS(
            CASE
              WHEN "t61"."window_start" >= MAKE_DATE(2020, 1, 1)
              THEN ['dagpenge']
              ELSE CAST(NULL AS TEXT[])
            END,
            "t61"."benefit"
          ),
          FALSE
        )
      ) AS "needs_goal",
      COALESCE("t61"."education_order", FALSE)
      AND COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t61"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN ['dagpenge']
            ELSE CAST(NULL AS TEXT[])
          END,
          "t61"."benefit"
        ),
        FALSE
      ) AS "needs_education",
      COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t61"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN [
              'dagpenge',
              'kontanthjaelp',
              'uddannelseshjaelp',
              'selvforsoergelsesydelse',
              'sygedagpenge',
              'jobafklaring',
              'ressourceforloeb',
              'ledighedsydelse',
              'revalidering',
              'foertidspension'
            ]
            ELSE CAST(NULL AS TEXT[])
          END,
          "t61"."benefit"
        ),
        FALSE
      ) AS "in_force"
    FROM "t60" AS "t61"
  ) AS "t66"
  INNER JOIN (
    SELECT
      "t67"."person_id",
      "t67"."benefit",
      "t67"."start_date",
      MIN("t67"."_start") AS "due_date",
      FIRST("t67"."_kind" ORDER BY "t67"."_start") AS "offer_kind"
    FROM (
      SELECT
        *
      FROM (
        SELECT
          "t63"."person_id",
          "t63"."benefit",
          "t63"."start_date",
          "t63"."_ws",
          "t63"."_last",
          "t6"."_pid",
          "t6"."_kind",
          "t6"."_start"
        FROM (
          SELECT
            "t61"."person_id",
            "t61"."benefit",
            "t61"."start_date",
            "t61"."window_start" AS "_ws",
            COALESCE("t61"."end_date", CAST($as_of AS DATE)) AS "_last"
          FROM "t60" AS "t61"
        ) AS "t63"
        INNER JOIN (
          SELECT
            "t1"."person_id" AS "_pid",
            "t1"."kind" AS "_kind",
            "t1"."start_date" AS "_start"
          FROM "offers" AS "t1"
          WHERE
            "t1"."start_date" <= CAST($as_of AS DATE)
        ) AS "t6"
          ON "t63"."person_id" = "t6"."_pid"
          AND "t6"."_start" >= "t63"."_ws"
          AND "t6"."_start" <= "t63"."_last"
      ) AS "t64"
      WHERE
        ARRAY_CONTAINS(
          COALESCE(
            CASE
              WHEN "t64"."_ws" >= MAKE_DATE(2020, 1, 1)
              THEN [
                'virksomhedspraktik',
                'loentilskud',
                'vejledning_opkvalificering',
                'nytteindsats',
                'oevrig_vejledning'
              ]
              ELSE CAST(NULL AS TEXT[])
            END,
            [
              'loentilskud',
              'nytteindsats',
              'oevrig_vejledning',
              'vejledning_opkvalificering',
              'virksomhedspraktik'
            ]
          ),
          "t64"."_kind"
        )
    ) AS "t67"
    GROUP BY
      1,
      2,
      3
  ) AS "t69"
    ON "t66"."person_id" = "t69"."person_id"
    AND "t66"."benefit" = "t69"."benefit"
    AND "t66"."start_date" = "t69"."start_date"
)
SELECT
  "t82"."person_id",
  "t82"."benefit",
  'plan_before_offer' AS "kind",
  'plan_before_offer' AS "rule_id",
  '1.2.0' AS "rule_version",
  CASE
    WHEN "t82"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 41 (Min Plan); Cabi – Min Plan (skal foreligge før indsatsen starter)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t82"."window_start",
  CASE
    WHEN COALESCE("t82"."is_applicable", FALSE)
    THEN "t82"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t82"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t82"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t82"."fulfilled_date" <= "t82"."due_date"
    )
    THEN 'met'
    WHEN "t82"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t82"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t82"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t82"."is_applicable", FALSE)
    THEN "t82"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t82"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t82"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t82"."fulfilled_date" > "t82"."due_date"
    )
    THEN DATE_DIFF('DAY', "t82"."due_date", "t82"."fulfilled_date")
    WHEN NOT (
      "t82"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t82"."is_exempt", FALSE)
    )
    AND (
      "t82"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t82"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t82"."is_applicable", FALSE)
              THEN "t82"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t82"."window_start"
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
              WHEN COALESCE("t82"."is_applicable", FALSE)
              THEN "t82"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t82"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'plan_before_offer'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. ' || COALESCE("t82"."evidence", '')
    ELSE COALESCE("t82"."evidence", '')
  END AS "evidence"
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
    "t81"."needs_goal",
    "t81"."needs_education",
    "t81"."in_force",
    "t81"."due_date",
    "t81"."offer_kind",
    "t81"."fulfilled_date",
    "t81"."in_force" AS "is_applicable",
    FALSE AS "is_exempt",
    CASE
      WHEN "t81"."fulfilled_date" IS NOT NULL
      THEN 'Min Plan' || CASE
        WHEN "t81"."needs_education"
        THEN ' med jobmål og uddannelsesmål (uddannelsespålæg)'
        WHEN "t81"."needs_goal"
        THEN ' med jobmål'
        ELSE ''
      END || ' ' || CAST("t81"."fulfilled_date" AS TEXT)
      ELSE 'ingen Min Plan' || CASE
        WHEN "t81"."needs_education"
        THEN ' med jobmål og uddannelsesmål (uddannelsespålæg)'
        WHEN "t81"."needs_goal"
        THEN ' med jobmål'
        ELSE ''
      END
    END || '; første tilbud ' || "t81"."offer_kind" || ' ' || CAST("t81"."due_date" AS TEXT) AS "evidence"
  FROM (
    SELECT
      "t80".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t76"."person_id",
        "t76"."benefit",
        "t76"."start_date",
        "t76"."end_date",
        "t76"."first_contact_date",
        "t76"."target_group",
        "t76"."first_absence_date",
        "t76"."sickness_category",
        "t76"."employed",
        "t76"."handover_date",
        "t76"."expected_absence_weeks",
        "t76"."work_obligation",
        "t76"."municipality",
        "t76"."early_followup_request_date",
        "t76"."education_order",
        "t76"."periods",
        "t76"."window_start",
        "t76"."needs_goal",
        "t76"."needs_education",
        "t76"."in_force",
        "t76"."due_date",
        "t76"."offer_kind",
        "t79"."person_id" AS "person_id_right",
        "t79"."benefit" AS "benefit_right",
        "t79"."start_date" AS "start_date_right",
        "t79"."fulfilled_date"
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
          "t71"."needs_goal",
          "t71"."needs_education",
          "t71"."in_force"
          AND NOT (
            (
              "t71"."benefit" = 'sygedagpenge'
            )
            AND COALESCE("t71"."employed", FALSE)
            AND COALESCE(
              CASE
                WHEN "t71"."due_date" >= MAKE_DATE(2025, 1, 1)
                THEN TRUE
                WHEN "t71"."due_date" >= MAKE_DATE(2020, 1, 1)
                THEN FALSE
                ELSE CAST(NULL AS BOOLEAN)
              END,
              FALSE
            )
          ) AS "in_force",
          "t71"."due_date",
          "t71"."offer_kind"
        FROM "t70" AS "t71"
      ) AS "t76"
      LEFT OUTER JOIN (
        SELECT
          "t77"."person_id",
          "t77"."benefit",
          "t77"."start_date",
          MIN("t77"."_date") AS "fulfilled_date"
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t73"."person_id",
              "t73"."benefit",
              "t73"."start_date",
              "t73"."_ws",
              "t73"."_goal",
              "t73"."_need_edu",
              "t5"."_pid",
              "t5"."_date",
              "t5"."_job",
              "t5"."_edu"
            FROM (
              SELECT
                "t71"."person_id",
                "t71"."benefit",
                "t71"."start_date",
                "t71"."window_start" AS "_ws",
                "t71"."needs_goal" AS "_goal",
                "t71"."needs_education" AS "_need_edu"
              FROM "t70" AS "t71"
            ) AS "t73"
            INNER JOIN (
              SELECT
                "t0"."person_id" AS "_pid",
                "t0"."date" AS "_date",
                "t0"."has_job_goal" AS "_job",
                "t0"."has_education_goal" AS "_edu"
              FROM "plans" AS "t0"
              WHERE
                "t0"."date" <= CAST($as_of AS DATE)
            ) AS "t5"
              ON "t73"."person_id" = "t5"."_pid" AND "t5"."_date" >= "t73"."_ws"
          ) AS "t74"
          WHERE
            (
              NOT (
                "t74"."_goal"
              ) OR COALESCE("t74"."_job", FALSE)
            )
            AND (
              NOT (
                "t74"."_need_edu"
              ) OR COALESCE("t74"."_edu", FALSE)
            )
        ) AS "t77"
        GROUP BY
          1,
          2,
          3
      ) AS "t79"
        ON "t76"."person_id" = "t79"."person_id"
        AND "t76"."benefit" = "t79"."benefit"
        AND "t76"."start_date" = "t79"."start_date"
    ) AS "t80"
  ) AS "t81"
) AS "t82"
