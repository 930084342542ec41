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
), "t59" AS (
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
)
SELECT
  "t77"."person_id",
  "t77"."benefit",
  'plan_before_offer' AS "kind",
  'dagpenge_plan_at_first_akasse_interview' AS "rule_id",
  '1.0.0' AS "rule_version",
  CASE
    WHEN "t77"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'LAB § 42; reformens ændringer af Min Plan er ikke læst'
    WHEN "t77"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 42 (a-kassen udarbejder Min Plan ved første jobsamtale)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t77"."window_start",
  CASE
    WHEN COALESCE("t77"."is_applicable", FALSE)
    THEN "t77"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t77"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t77"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t77"."fulfilled_date" <= "t77"."due_date"
    )
    THEN 'met'
    WHEN "t77"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t77"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t77"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t77"."is_applicable", FALSE)
    THEN "t77"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t77"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t77"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t77"."fulfilled_date" > "t77"."due_date"
    )
    THEN DATE_DIFF('DAY', "t77"."due_date", "t77"."fulfilled_date")
    WHEN NOT (
      "t77"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t77"."is_exempt", FALSE)
    )
    AND (
      "t77"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t77"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t77"."is_applicable", FALSE)
              THEN "t77"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t77"."window_start"
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
              WHEN COALESCE("t77"."is_applicable", FALSE)
              THEN "t77"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t77"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'dagpenge_plan_at_first_akasse_interview'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. ' || COALESCE("t77"."evidence", '')
    ELSE COALESCE("t77"."evidence", '')
  END AS "evidence"
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
    "t76"."due_date",
    "t76"."fulfilled_date",
    COALESCE(
      CASE
        WHEN "t76"."window_start" >= MAKE_DATE(2026, 7, 1)
        THEN TRUE
        WHEN "t76"."window_start" >= MAKE_DATE(2024, 1, 1)
        THEN TRUE
        ELSE CAST(NULL AS BOOLEAN)
      END,
      FALSE
    ) AS "is_applicable",
    FALSE AS "is_exempt",
    CASE
      WHEN "t76"."fulfilled_date" IS NOT NULL
      THEN 'Min Plan ' || CAST("t76"."fulfilled_date" AS TEXT) || '; a-kassens første jobsamtale ' || CAST("t76"."due_date" AS TEXT)
      ELSE 'ingen Min Plan fra a-kassens første jobsamtale ' || CAST("t76"."due_date" AS TEXT)
    END AS "evidence"
  FROM (
    SELECT
      "t75".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
        "t62"."periods",
        "t62"."window_start",
        "t68"."due_date",
        "t74"."person_id" AS "person_id_right",
        "t74"."benefit" AS "benefit_right",
        "t74"."start_date" AS "start_date_right",
        "t74"."fulfilled_date"
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
          "t60"."periods",
          "t60"."_key" AS "window_start"
        FROM "t59" AS "t60"
        WHERE
          "t60"."benefit" IN ('dagpenge')
      ) AS "t62"
      INNER JOIN (
        SELECT
          "t66"."person_id",
          "t66"."benefit",
          "t66"."start_date",
          MIN("t66"."date") AS "due_date"
        FROM (
          SELECT
            "t65"."person_id",
            "t65"."benefit",
            "t65"."start_date",
            "t65"."date",
            "t65"."kind" || ' ' || CAST("t65"."date" AS TEXT) || ' (' || "t65"."form" || ', ' || "t65"."held_by" || ')' AS "description"
          FROM (
            SELECT
              "t64"."person_id",
              "t64"."benefit",
              "t64"."start_date",
              "t64"."window_start",
              "t64"."_first",
              "t64"."_last",
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
                "t60"."person_id",
                "t60"."benefit",
                "t60"."_key" AS "start_date",
                "t60"."_key" AS "window_start",
                "t60"."_key" AS "_first",
                COALESCE(
                  CASE
                    WHEN "t60"."_end" = MAKE_DATE(9999, 12, 31)
                    THEN CAST(NULL AS DATE)
                    ELSE "t60"."_end"
                  END,
                  CAST($as_of AS DATE)
                ) AS "_last"
              FROM "t59" AS "t60"
              WHERE
                "t60"."benefit" IN ('dagpenge')
            ) AS "t64"
            INNER JOIN (
              SELECT
                *
              FROM "conversations" AS "t1"
              WHERE
                "t1"."status" = 'afholdt'
                AND COALESCE("t1"."individual", TRUE)
                AND "t1"."date" <= CAST($as_of AS DATE)
                AND "t1"."kind" IN ('jobsamtale')
            ) AS "t6"
              ON "t64"."person_id" = "t6"."person_id"
              AND "t6"."date" >= "t64"."_first"
              AND "t6"."date" <= "t64"."_last"
          ) AS "t65"
          WHERE
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t65"."window_start" >= MAKE_DATE(2024, 1, 1)
                  THEN ['akasse']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t65"."held_by"
              ),
              FALSE
            )
            AND COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                  THEN ['personligt', 'telefon', 'video']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t65"."form"
              ),
              FALSE
            )
        ) AS "t66"
        GROUP BY
          1,
          2,
          3
      ) AS "t68"
        ON "t62"."person_id" = "t68"."person_id"
        AND "t62"."benefit" = "t68"."benefit"
        AND "t62"."start_date" = "t68"."start_date"
      LEFT OUTER JOIN (
        SELECT
          "t72"."person_id",
          "t72"."benefit",
          "t72"."start_date",
          MIN("t72"."_d") AS "fulfilled_date"
        FROM (
          SELECT
            "t71"."person_id",
            "t71"."benefit",
            "t71"."start_date",
            "t71"."_ws",
            "t71"."_last",
            "t5"."_pid",
            "t5"."_d"
          FROM (
            SELECT
              "t69"."person_id",
              "t69"."benefit",
              "t69"."start_date",
              "t69"."window_start" AS "_ws",
              COALESCE("t69"."end_date", CAST($as_of AS DATE)) AS "_last"
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
                "t62"."periods",
                "t62"."window_start",
                "t68"."due_date"
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
                  "t60"."periods",
                  "t60"."_key" AS "window_start"
                FROM "t59" AS "t60"
                WHERE
                  "t60"."benefit" IN ('dagpenge')
              ) AS "t62"
              INNER JOIN (
                SELECT
                  "t66"."person_id",
                  "t66"."benefit",
                  "t66"."start_date",
                  MIN("t66"."date") AS "due_date"
                FROM (
                  SELECT
                    "t65"."person_id",
                    "t65"."benefit",
                    "t65"."start_date",
                    "t65"."date",
                    "t65"."kind" || ' ' || CAST("t65"."date" AS TEXT) || ' (' || "t65"."form" || ', ' || "t65"."held_by" || ')' AS "description"
                  FROM (
                    SELECT
                      "t64"."person_id",
                      "t64"."benefit",
                      "t64"."start_date",
                      "t64"."window_start",
                      "t64"."_first",
                      "t64"."_last",
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
                        "t60"."person_id",
                        "t60"."benefit",
                        "t60"."_key" AS "start_date",
                        "t60"."_key" AS "window_start",
                        "t60"."_key" AS "_first",
                        COALESCE(
                          CASE
                            WHEN "t60"."_end" = MAKE_DATE(9999, 12, 31)
                            THEN CAST(NULL AS DATE)
                            ELSE "t60"."_end"
                          END,
                          CAST($as_of AS DATE)
                        ) AS "_last"
                      FROM "t59" AS "t60"
                      WHERE
                        "t60"."benefit" IN ('dagpenge')
                    ) AS "t64"
                    INNER JOIN (
                      SELECT
                        *
                      FROM "conversations" AS "t1"
                      WHERE
                        "t1"."status" = 'afholdt'
                        AND COALESCE("t1"."individual", TRUE)
                        AND "t1"."date" <= CAST($as_of AS DATE)
                        AND "t1"."kind" IN ('jobsamtale')
                    ) AS "t6"
                      ON "t64"."person_id" = "t6"."person_id"
                      AND "t6"."date" >= "t64"."_first"
                      AND "t6"."date" <= "t64"."_last"
                  ) AS "t65"
                  WHERE
                    COALESCE(
                      ARRAY_CONTAINS(
                        CASE
                          WHEN "t65"."window_start" >= MAKE_DATE(2024, 1, 1)
                          THEN ['akasse']
                          ELSE CAST(NULL AS TEXT[])
                        END,
                        "t65"."held_by"
                      ),
                      FALSE
                    )
                    AND COALESCE(
                      ARRAY_CONTAINS(
                        CASE
                          WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN ['personligt', 'telefon', 'video']
                          ELSE CAST(NULL AS TEXT[])
                        END,
                        "t65"."form"
                      ),
                      FALSE
                    )
                ) AS "t66"
                GROUP BY
                  1,
                  2,
                  3
              ) AS "t68"
                ON "t62"."person_id" = "t68"."person_id"
                AND "t62"."benefit" = "t68"."benefit"
                AND "t62"."start_date" = "t68"."start_date"
            ) AS "t69"
          ) AS "t71"
          INNER JOIN (
            SELECT
              "t0"."person_id" AS "_pid",
              "t0"."date" AS "_d"
            FROM "plans" AS "t0"
            WHERE
              "t0"."date" <= CAST($as_of AS DATE)
          ) AS "t5"
            ON "t71"."person_id" = "t5"."_pid"
            AND "t5"."_d" >= "t71"."_ws"
            AND "t5"."_d" <= "t71"."_last"
        ) AS "t72"
        GROUP BY
          1,
          2,
          3
      ) AS "t74"
        ON "t62"."person_id" = "t74"."person_id"
        AND "t62"."benefit" = "t74"."benefit"
        AND "t62"."start_date" = "t74"."start_date"
    ) AS "t75"
  ) AS "t76"
) AS "t77"
