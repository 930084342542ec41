WITH "t9" AS (
  SELECT
    "t8"."person_id",
    "t8"."benefit",
    "t8"."start_date",
    "t8"."end_date",
    "t8"."target_group",
    "t8"."first_contact_date",
    "t8"."first_absence_date",
    "t8"."sickness_category",
    "t8"."employed",
    "t8"."municipality",
    "t8"."work_obligation",
    "t8"."education_order",
    "t8"."introduction_programme",
    "t8"."expected_absence_weeks",
    "t8"."handover_date",
    "t8"."jobcentre_course",
    "t8"."early_followup_request_date",
    "t8"."_end",
    "t8"."_acc",
    "t8"."_switch",
    "t8"."_run",
    "t8"."_new",
    "t8"."_spell",
    MIN("t8"."start_date") OVER (
      PARTITION BY "t8"."person_id", "t8"."_spell"
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "_spell_start"
  FROM (
    SELECT
      "t7"."person_id",
      "t7"."benefit",
      "t7"."start_date",
      "t7"."end_date",
      "t7"."target_group",
      "t7"."first_contact_date",
      "t7"."first_absence_date",
      "t7"."sickness_category",
      "t7"."employed",
      "t7"."municipality",
      "t7"."work_obligation",
      "t7"."education_order",
      "t7"."introduction_programme",
      "t7"."expected_absence_weeks",
      "t7"."handover_date",
      "t7"."jobcentre_course",
      "t7"."early_followup_request_date",
      "t7"."_end",
      "t7"."_acc",
      "t7"."_switch",
      "t7"."_run",
      "t7"."_new",
      SUM("t7"."_new") OVER (
        PARTITION BY "t7"."person_id"
        ORDER BY "t7"."start_date" ASC, "t7"."benefit" ASC, "t7"."_end" ASC
        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
      ) AS "_spell"
    FROM (
      SELECT
        "t6"."person_id",
        "t6"."benefit",
        "t6"."start_date",
        "t6"."end_date",
        "t6"."target_group",
        "t6"."first_contact_date",
        "t6"."first_absence_date",
        "t6"."sickness_category",
        "t6"."employed",
        "t6"."municipality",
        "t6"."work_obligation",
        "t6"."education_order",
        "t6"."introduction_programme",
        "t6"."expected_absence_weeks",
        "t6"."handover_date",
        "t6"."jobcentre_course",
        "t6"."early_followup_request_date",
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
          "t5"."end_date",
          "t5"."target_group",
          "t5"."first_contact_date",
          "t5"."first_absence_date",
          "t5"."sickness_category",
          "t5"."employed",
          "t5"."municipality",
          "t5"."work_obligation",
          "t5"."education_order",
          "t5"."introduction_programme",
          "t5"."expected_absence_weeks",
          "t5"."handover_date",
          "t5"."jobcentre_course",
          "t5"."early_followup_request_date",
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
            "t4"."end_date",
            "t4"."target_group",
            "t4"."first_contact_date",
            "t4"."first_absence_date",
            "t4"."sickness_category",
            "t4"."employed",
            "t4"."municipality",
            "t4"."work_obligation",
            "t4"."education_order",
            "t4"."introduction_programme",
            "t4"."expected_absence_weeks",
            "t4"."handover_date",
            "t4"."jobcentre_course",
            "t4"."early_followup_request_date",
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
              "t1"."end_date",
              "t1"."target_group",
              "t1"."first_contact_date",
              "t1"."first_absence_date",
              "t1"."sickness_category",
              "t1"."employed",
              "t1"."municipality",
              "t1"."work_obligation",
              "t1"."education_order",
              "t1"."introduction_programme",
              "t1"."expected_absence_weeks",
              "t1"."handover_date",
              "t1"."jobcentre_course",
              "t1"."early_followup_request_date",
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
  ) AS "t8"
), "t11" AS (
  SELECT
    *
  FROM "t9" AS "t10"
  WHERE
    "t10"."_acc"
), "t15" AS (
  SELECT
    "t13"."person_id",
    "t13"."benefit",
    MIN("t13"."start_date") AS "c1"
  FROM "t11" AS "t13"
  GROUP BY
    1,
    2
), "t24" AS (
  SELECT
    "t23"."person_id",
    "t23"."benefit",
    "t23"."c1",
    "t23"."c2"
  FROM (
    SELECT
      "t17"."person_id",
      "t17"."benefit",
      "t17"."c1",
      "t22"."person_id" AS "person_id_right",
      "t22"."benefit" AS "benefit_right",
      "t22"."c2"
    FROM "t15" AS "t17"
    LEFT OUTER JOIN (
      SELECT
        "t20"."person_id",
        "t20"."benefit",
        MIN("t20"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t14"."person_id",
            "t14"."benefit",
            "t14"."start_date",
            "t14"."end_date",
            "t14"."target_group",
            "t14"."first_contact_date",
            "t14"."first_absence_date",
            "t14"."sickness_category",
            "t14"."employed",
            "t14"."municipality",
            "t14"."work_obligation",
            "t14"."education_order",
            "t14"."introduction_programme",
            "t14"."expected_absence_weeks",
            "t14"."handover_date",
            "t14"."jobcentre_course",
            "t14"."early_followup_request_date",
            "t14"."_end",
            "t14"."_acc",
            "t14"."_switch",
            "t14"."_run",
            "t14"."_new",
            "t14"."_spell",
            "t14"."_spell_start",
            "t18"."c1"
          FROM "t11" AS "t14"
          INNER JOIN "t15" AS "t18"
            ON "t14"."person_id" = "t18"."person_id" AND "t14"."benefit" = "t18"."benefit"
        ) AS "t19"
        WHERE
          "t19"."start_date" >= CAST(CAST("t19"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t19"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t20"
      GROUP BY
        1,
        2
    ) AS "t22"
      ON "t17"."person_id" = "t22"."person_id" AND "t17"."benefit" = "t22"."benefit"
  ) AS "t23"
), "t33" AS (
  SELECT
    "t32"."person_id",
    "t32"."benefit",
    "t32"."c1",
    "t32"."c2",
    "t32"."c3"
  FROM (
    SELECT
      "t26"."person_id",
      "t26"."benefit",
      "t26"."c1",
      "t26"."c2",
      "t31"."person_id" AS "person_id_right",
      "t31"."benefit" AS "benefit_right",
      "t31"."c3"
    FROM "t24" AS "t26"
    LEFT OUTER JOIN (
      SELECT
        "t29"."person_id",
        "t29"."benefit",
        MIN("t29"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t14"."person_id",
            "t14"."benefit",
            "t14"."start_date",
            "t14"."end_date",
            "t14"."target_group",
            "t14"."first_contact_date",
            "t14"."first_absence_date",
            "t14"."sickness_category",
            "t14"."employed",
            "t14"."municipality",
            "t14"."work_obligation",
            "t14"."education_order",
            "t14"."introduction_programme",
            "t14"."expected_absence_weeks",
            "t14"."handover_date",
            "t14"."jobcentre_course",
            "t14"."early_followup_request_date",
            "t14"."_end",
            "t14"."_acc",
            "t14"."_switch",
            "t14"."_run",
            "t14"."_new",
            "t14"."_spell",
            "t14"."_spell_start",
            "t27"."c1",
            "t27"."c2"
          FROM "t11" AS "t14"
          INNER JOIN "t24" AS "t27"
            ON "t14"."person_id" = "t27"."person_id" AND "t14"."benefit" = "t27"."benefit"
        ) AS "t28"
        WHERE
          "t28"."start_date" >= CAST(CAST("t28"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t28"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t29"
      GROUP BY
        1,
        2
    ) AS "t31"
      ON "t26"."person_id" = "t31"."person_id" AND "t26"."benefit" = "t31"."benefit"
  ) AS "t32"
), "t58" AS (
  SELECT
    "t57"."person_id",
    "t57"."benefit",
    "t57"."_key" AS "start_date",
    CASE
      WHEN "t57"."_end" = MAKE_DATE(9999, 12, 31)
      THEN CAST(NULL AS DATE)
      ELSE "t57"."_end"
    END AS "end_date",
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
    "t57"."education_order",
    "t57"."periods",
    COALESCE("t57"."first_absence_date", "t57"."_key") AS "window_start",
    CASE
      WHEN COALESCE("t57"."first_absence_date", "t57"."_key") >= MAKE_DATE(2014, 7, 1)
      THEN 22
      ELSE CAST(NULL AS BIGINT)
    END AS "_weeks",
    CASE
      WHEN COALESCE("t57"."employed", FALSE)
      THEN CAST(CAST(COALESCE("t57"."first_absence_date", "t57"."_key") + TO_DAYS(
        COALESCE(
          CASE
            WHEN COALESCE("t57"."first_absence_date", "t57"."_key") >= MAKE_DATE(2014, 7, 1)
            THEN 30
            ELSE CAST(NULL AS BIGINT)
          END,
          0
        )
      ) AS TIMESTAMP) AS DATE)
      ELSE COALESCE("t57"."first_absence_date", "t57"."_key")
    END AS "count_start"
  FROM (
    SELECT
      "t56"."person_id",
      "t56"."benefit",
      "t56"."_key",
      MAX("t56"."_end") AS "_end",
      COUNT(*) AS "periods",
      FIRST("t56"."first_contact_date" ORDER BY "t56"."start_date") AS "first_contact_date",
      FIRST("t56"."target_group" ORDER BY "t56"."start_date") AS "target_group",
      FIRST("t56"."first_absence_date" ORDER BY "t56"."start_date") AS "first_absence_date",
      FIRST("t56"."sickness_category" ORDER BY "t56"."start_date") AS "sickness_category",
      FIRST("t56"."employed" ORDER BY "t56"."start_date") AS "employed",
      FIRST("t56"."handover_date" ORDER BY "t56"."start_date") AS "handover_date",
      FIRST("t56"."expected_absence_weeks" ORDER BY "t56"."start_date") AS "expected_absence_weeks",
      FIRST("t56"."work_obligation" ORDER BY "t56"."start_date") AS "work_obligation",
      FIRST("t56"."municipality" ORDER BY "t56"."start_date") AS "municipality",
      MIN("t56"."early_followup_request_date") AS "early_followup_request_date",
      BOOL_OR(CAST(COALESCE("t56"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
    FROM (
      SELECT
        *
      FROM (
        SELECT
          "t10"."person_id",
          "t10"."benefit",
          "t10"."start_date",
          "t10"."_end",
          "t10"."_spell_start" AS "_key",
          "t10"."_acc",
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
          "t10"."education_order"
        FROM "t9" AS "t10"
        WHERE
          NOT (
            "t10"."_acc"
          )
      ) AS "t12"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          "t54"."person_id",
          "t54"."benefit",
          "t54"."start_date",
          "t54"."_end",
          "t54"."_key",
          "t54"."_acc",
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
          "t54"."education_order"
        FROM (
          SELECT
            "t53".*
            EXCLUDE ("c1", "c2", "c3", "c4", "c5")
          FROM (
            SELECT
              "t52"."person_id",
              "t52"."benefit",
              "t52"."start_date",
              "t52"."end_date",
              "t52"."target_group",
              "t52"."first_contact_date",
              "t52"."first_absence_date",
              "t52"."sickness_category",
              "t52"."employed",
              "t52"."municipality",
              "t52"."work_obligation",
              "t52"."education_order",
              "t52"."introduction_programme",
              "t52"."expected_absence_weeks",
              "t52"."handover_date",
              "t52"."jobcentre_course",
              "t52"."early_followup_request_date",
              "t52"."_end",
              "t52"."_acc",
              "t52"."_switch",
              "t52"."_run",
              "t52"."_new",
              "t52"."_spell",
              "t52"."_spell_start",
              "t52"."c1",
              "t52"."c2",
              "t52"."c3",
              "t52"."c4",
              "t52"."c5",
              GREATEST(
                CASE
                  WHEN "t52"."c1" <= "t52"."start_date"
                  THEN "t52"."c1"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t52"."c2" <= "t52"."start_date"
                  THEN "t52"."c2"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t52"."c3" <= "t52"."start_date"
                  THEN "t52"."c3"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t52"."c4" <= "t52"."start_date"
                  THEN "t52"."c4"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t52"."c5" <= "t52"."start_date"
                  THEN "t52"."c5"
                  ELSE CAST(NULL AS DATE)
                END
              ) AS "_key"
            FROM (
              SELECT
                "t14"."person_id",
                "t14"."benefit",
                "t14"."start_date",
                "t14"."end_date",
                "t14"."target_group",
                "t14"."first_contact_date",
                "t14"."first_absence_date",
                "t14"."sickness_category",
                "t14"."employed",
                "t14"."municipality",
                "t14"."work_obligation",
                "t14"."education_order",
                "t14"."introduction_programme",
                "t14"."expected_absence_weeks",
                "t14"."handover_date",
                "t14"."jobcentre_course",
                "t14"."early_followup_request_date",
                "t14"."_end",
                "t14"."_acc",
                "t14"."_switch",
                "t14"."_run",
                "t14"."_new",
                "t14"."_spell",
                "t14"."_spell_start",
                "t51"."c1",
                "t51"."c2",
                "t51"."c3",
                "t51"."c4",
                "t51"."c5"
              FROM "t11" AS "t14"
              INNER JOIN (
                SELECT
                  "t49".*
                  EXCLUDE ("benefit_right", "person_id_right")
                FROM (
                  SELECT
                    "t43"."person_id",
                    "t43"."benefit",
                    "t43"."c1",
                    "t43"."c2",
                    "t43"."c3",
                    "t43"."c4",
                    "t48"."person_id" AS "person_id_right",
                    "t48"."benefit" AS "benefit_right",
                    "t48"."c5"
                  FROM (
                    SELECT
                      "t41".*
                      EXCLUDE ("benefit_right", "person_id_right")
                    FROM (
                      SELECT
                        "t35"."person_id",
                        "t35"."benefit",
                        "t35"."c1",
                        "t35"."c2",
                        "t35"."c3",
                        "t40"."person_id" AS "person_id_right",
                        "t40"."benefit" AS "benefit_right",
                        "t40"."c4"
                      FROM "t33" AS "t35"
                      LEFT OUTER JOIN (
                        SELECT
                          "t38"."person_id",
                          "t38"."benefit",
                          MIN("t38"."start_date") AS "c4"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t14"."person_id",
                              "t14"."benefit",
                              "t14"."start_date",
                              "t14"."end_date",
                              "t14"."target_group",
                              "t14"."first_contact_date",
                              "t14"."first_absence_date",
                              "t14"."sickness_category",
                              "t14"."employed",
                              "t14"."municipality",
                              "t14"."work_obligation",
                              "t14"."education_order",
                              "t14"."introduction_programme",
                              "t14"."expected_absence_weeks",
                              "t14"."handover_date",
                              "t14"."jobcentre_course",
                              "t14"."early_followup_request_date",
                              "t14"."_end",
                              "t14"."_acc",
                              "t14"."_switch",
                              "t14"."_run",
                              "t14"."_new",
                              "t14"."_spell",
                              "t14"."_spell_start",
                              "t36"."c1",
                              "t36"."c2",
                              "t36"."c3"
                            FROM "t11" AS "t14"
                            INNER JOIN "t33" AS "t36"
                              ON "t14"."person_id" = "t36"."person_id" AND "t14"."benefit" = "t36"."benefit"
                          ) AS "t37"
                          WHERE
                            "t37"."start_date" >= CAST(CAST("t37"."c3" + TO_MONTHS(
                              COALESCE(
                                CASE WHEN "t37"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE)
                        ) AS "t38"
                        GROUP BY
                          1,
                          2
                      ) AS "t40"
                        ON "t35"."person_id" = "t40"."person_id" AND "t35"."benefit" = "t40"."benefit"
                    ) AS "t41"
                  ) AS "t43"
                  LEFT OUTER JOIN (
                    SELECT
                      "t46"."person_id",
                      "t46"."benefit",
                      MIN("t46"."start_date") AS "c5"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t14"."person_id",
                          "t14"."benefit",
                          "t14"."start_date",
                          "t14"."end_date",
                          "t14"."target_group",
                          "t14"."first_contact_date",
                          "t14"."first_absence_date",
                          "t14"."sickness_category",
                          "t14"."employed",
                          "t14"."municipality",
                          "t14"."work_obligation",
                          "t14"."education_order",
                          "t14"."introduction_programme",
                          "t14"."expected_absence_weeks",
                          "t14"."handover_date",
                          "t14"."jobcentre_course",
                          "t14"."early_followup_request_date",
                          "t14"."_end",
                          "t14"."_acc",
                          "t14"."_switch",
                          "t14"."_run",
                          "t14"."_new",
                          "t14"."_spell",
                          "t14"."_spell_start",
                          "t44"."c1",
                          "t44"."c2",
                          "t44"."c3",
                          "t44"."c4"
                        FROM "t11" AS "t14"
                        INNER JOIN (
                          SELECT
                            "t41".*
                            EXCLUDE ("benefit_right", "person_id_right")
                          FROM (
                            SELECT
                              "t35"."person_id",
                              "t35"."benefit",
                              "t35"."c1",
                              "t35"."c2",
                              "t35"."c3",
                              "t40"."person_id" AS "person_id_right",
                              "t40"."benefit" AS "benefit_right",
                              "t40"."c4"
                            FROM "t33" AS "t35"
                            LEFT OUTER JOIN (
                              SELECT
                                "t38"."person_id",
                                "t38"."benefit",
                                MIN("t38"."start_date") AS "c4"
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t14"."person_id",
                                    "t14"."benefit",
                                    "t14"."start_date",
                                    "t14"."end_date",
                                    "t14"."target_group",
                                    "t14"."first_contact_date",
                                    "t14"."first_absence_date",
                                    "t14"."sickness_category",
                                    "t14"."employed",
                                    "t14"."municipality",
                                    "t14"."work_obligation",
                                    "t14"."education_order",
                                    "t14"."introduction_programme",
                                    "t14"."expected_absence_weeks",
                                    "t14"."handover_date",
                                    "t14"."jobcentre_course",
                                    "t14"."early_followup_request_date",
                                    "t14"."_end",
                                    "t14"."_acc",
                                    "t14"."_switch",
                                    "t14"."_run",
                                    "t14"."_new",
                                    "t14"."_spell",
                                    "t14"."_spell_start",
                                    "t36"."c1",
                                    "t36"."c2",
                                    "t36"."c3"
                                  FROM "t11" AS "t14"
                                  INNER JOIN "t33" AS "t36"
                                    ON "t14"."person_id" = "t36"."person_id" AND "t14"."benefit" = "t36"."benefit"
                                ) AS "t37"
                                WHERE
                                  "t37"."start_date" >= CAST(CAST("t37"."c3" + TO_MONTHS(
                                    COALESCE(
                                      CASE WHEN "t37"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE)
                              ) AS "t38"
                              GROUP BY
                                1,
                                2
                            ) AS "t40"
                              ON "t35"."person_id" = "t40"."person_id" AND "t35"."benefit" = "t40"."benefit"
                          ) AS "t41"
                        ) AS "t44"
                          ON "t14"."person_id" = "t44"."person_id" AND "t14"."benefit" = "t44"."benefit"
                      ) AS "t45"
                      WHERE
                        "t45"."start_date" >= CAST(CAST("t45"."c4" + TO_MONTHS(
                          COALESCE(
                            CASE WHEN "t45"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                    ) AS "t46"
                    GROUP BY
                      1,
                      2
                  ) AS "t48"
                    ON "t43"."person_id" = "t48"."person_id" AND "t43"."benefit" = "t48"."benefit"
                ) AS "t49"
              ) AS "t51"
                ON "t14"."person_id" = "t51"."person_id" AND "t14"."benefit" = "t51"."benefit"
            ) AS "t52"
          ) AS "t53"
        ) AS "t54"
      ) AS "t55"
    ) AS "t56"
    GROUP BY
      1,
      2,
      3
  ) AS "t57"
  WHERE
    "t57"."benefit" IN ('sygedagpenge')
)
SELECT
  "t82"."person_id",
  "t82"."benefit",
  'sick_reassessment' AS "kind",
  'sick_reassessment' AS "rule_id",
  '1.1.0' AS "rule_version",
  CASE
    WHEN "t82"."window_start" >= MAKE_DATE(2014, 7, 1)
    THEN 'Sygedagpengeloven § 24, stk. 1 (ændringslov nr. 720 af 25.6.2014)'
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
        'sick_reassessment'
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
    "t81"."_weeks",
    "t81"."count_start",
    "t81"."earlier_days",
    "t81"."exceeded",
    "t81"."due_date",
    "t81"."fulfilled_date",
    "t81"."held_text",
    (
      "t81"."_weeks" IS NOT NULL
    )
    AND NOT (
      (
        "t81"."end_date" IS NOT NULL
      ) AND (
        "t81"."end_date" < "t81"."exceeded"
      )
    ) AS "is_applicable",
    FALSE AS "is_exempt",
    CASE
      WHEN "t81"."_weeks" IS NULL
      THEN 'reglen var ikke i kraft på første fraværsdag'
      WHEN (
        "t81"."end_date" IS NOT NULL
      ) AND (
        "t81"."end_date" < "t81"."exceeded"
      )
      THEN 'sygedagpengeforløbet sluttede ' || CAST("t81"."end_date" AS TEXT) || ', før 22 uger blev overskredet ' || CAST("t81"."exceeded" AS TEXT)
      WHEN "t81"."fulfilled_date" IS NOT NULL
      THEN "t81"."held_text" || '; ' || '22 uger overskrides ' || CAST("t81"."exceeded" AS TEXT) || ' (opgjort fra ' || CAST("t81"."count_start" AS TEXT) || CASE
        WHEN "t81"."earlier_days" > 0
        THEN ', heraf ' || CAST("t81"."earlier_days" AS TEXT) || ' dage fra tidligere sygeperioder inden for ' || CAST(CASE
          WHEN "t81"."window_start" >= MAKE_DATE(2014, 7, 1)
          THEN 9
          ELSE CAST(NULL AS BIGINT)
        END AS TEXT) || ' måneder'
        ELSE ''
      END || '); udbetalingen ophører efter ' || CAST("t81"."due_date" AS TEXT)
      ELSE 'ingen revurdering; ' || '22 uger overskrides ' || CAST("t81"."exceeded" AS TEXT) || ' (opgjort fra ' || CAST("t81"."count_start" AS TEXT) || CASE
        WHEN "t81"."earlier_days" > 0
        THEN ', heraf ' || CAST("t81"."earlier_days" AS TEXT) || ' dage fra tidligere sygeperioder inden for ' || CAST(CASE
          WHEN "t81"."window_start" >= MAKE_DATE(2014, 7, 1)
          THEN 9
          ELSE CAST(NULL AS BIGINT)
        END AS TEXT) || ' måneder'
        ELSE ''
      END || '); udbetalingen ophører efter ' || CAST("t81"."due_date" AS TEXT)
    END AS "evidence"
  FROM (
    SELECT
      "t80".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t79"."person_id",
        "t79"."benefit",
        "t79"."start_date",
        "t79"."end_date",
        "t79"."first_contact_date",
        "t79"."target_group",
        "t79"."first_absence_date",
        "t79"."sickness_category",
        "t79"."employed",
        "t79"."handover_date",
        "t79"."expected_absence_weeks",
        "t79"."work_obligation",
        "t79"."municipality",
        "t79"."early_followup_request_date",
        "t79"."education_order",
        "t79"."periods",
        "t79"."window_start",
        "t79"."_weeks",
        "t79"."count_start",
        "t79"."earlier_days",
        "t79"."exceeded",
        "t79"."due_date",
        "t77"."person_id" AS "person_id_right",
        "t77"."benefit" AS "benefit_right",
        "t77"."start_date" AS "start_date_right",
        "t77"."fulfilled_date",
        "t77"."held_text"
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
          "t72"."_weeks",
          "t72"."count_start",
          "t72"."earlier_days",
          CAST(CAST("t72"."count_start" + TO_DAYS((
            COALESCE("t72"."_weeks", 0) * 7
          ) - "t72"."earlier_days") AS TIMESTAMP) AS DATE) AS "exceeded",
          CAST(CAST(CAST(CAST(DATE_TRUNC(
            'MONTH',
            CAST(CAST("t72"."count_start" + TO_DAYS((
              COALESCE("t72"."_weeks", 0) * 7
            ) - "t72"."earlier_days") AS TIMESTAMP) AS DATE)
          ) + TO_MONTHS(
            CASE
              WHEN CASE
                WHEN "t72"."window_start" >= MAKE_DATE(2014, 7, 1)
                THEN 'current_month_included'
                ELSE CAST(NULL AS TEXT)
              END = 'preceding_months_only'
              THEN 1
              ELSE 0
            END + 1
          ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM (
          SELECT
            "t71".*
            EXCLUDE ("_from")
          FROM (
            SELECT
              "t70"."person_id",
              "t70"."benefit",
              "t70"."start_date",
              "t70"."end_date",
              "t70"."first_contact_date",
              "t70"."target_group",
              "t70"."first_absence_date",
              "t70"."sickness_category",
              "t70"."employed",
              "t70"."handover_date",
              "t70"."expected_absence_weeks",
              "t70"."work_obligation",
              "t70"."municipality",
              "t70"."early_followup_request_date",
              "t70"."education_order",
              "t70"."periods",
              "t70"."window_start",
              "t70"."_weeks",
              "t70"."count_start",
              "t70"."_from",
              CAST(COALESCE("t70"."earlier_days", 0) AS INT) AS "earlier_days"
            FROM (
              SELECT
                "t69".*
                EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
              FROM (
                SELECT
                  "t64"."person_id",
                  "t64"."benefit",
                  "t64"."start_date",
                  "t64"."end_date",
                  "t64"."first_contact_date",
                  "t64"."target_group",
                  "t64"."first_absence_date",
                  "t64"."sickness_category",
                  "t64"."employed",
                  "t64"."handover_date",
                  "t64"."expected_absence_weeks",
                  "t64"."work_obligation",
                  "t64"."municipality",
                  "t64"."early_followup_request_date",
                  "t64"."education_order",
                  "t64"."periods",
                  "t64"."window_start",
                  "t64"."_weeks",
                  "t64"."count_start",
                  "t64"."_from",
                  "t68"."person_id" AS "person_id_right",
                  "t68"."benefit" AS "benefit_right",
                  "t68"."start_date" AS "start_date_right",
                  "t68"."earlier_days"
                FROM (
                  SELECT
                    "t59"."person_id",
                    "t59"."benefit",
                    "t59"."start_date",
                    "t59"."end_date",
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
                    "t59"."window_start",
                    "t59"."_weeks",
                    "t59"."count_start",
                    CAST(CAST(DATE_TRUNC('MONTH', "t59"."count_start") + TO_MONTHS(
                      -(
                        COALESCE(
                          CASE
                            WHEN "t59"."window_start" >= MAKE_DATE(2014, 7, 1)
                            THEN 9
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        )
                      )
                    ) AS TIMESTAMP) AS DATE) AS "_from"
                  FROM "t58" AS "t59"
                ) AS "t64"
                LEFT OUTER JOIN (
                  SELECT
                    "t66"."person_id",
                    "t66"."benefit",
                    "t66"."start_date",
                    SUM(
                      CASE
                        WHEN LEAST("t66"."_end", CAST(CAST("t66"."_cs_now" + TO_DAYS(-1) AS TIMESTAMP) AS DATE)) >= GREATEST("t66"."_cs", "t66"."_from")
                        THEN DATE_DIFF(
                          'DAY',
                          GREATEST("t66"."_cs", "t66"."_from"),
                          LEAST("t66"."_end", CAST(CAST("t66"."_cs_now" + TO_DAYS(-1) AS TIMESTAMP) AS DATE))
                        ) + 1
                        ELSE 0
                      END
                    ) AS "earlier_days"
                  FROM (
                    SELECT
                      "t65"."person_id",
                      "t65"."benefit",
                      "t65"."start_date",
                      "t65"."_from",
                      "t65"."_cs_now",
                      "t65"."_adds",
                      "t61"."_pid",
                      "t61"."_cs",
                      "t61"."_ws2",
                      "t61"."_end"
                    FROM (
                      SELECT
                        "t59"."person_id",
                        "t59"."benefit",
                        "t59"."start_date",
                        CAST(CAST(DATE_TRUNC('MONTH', "t59"."count_start") + TO_MONTHS(
                          -(
                            COALESCE(
                              CASE
                                WHEN "t59"."window_start" >= MAKE_DATE(2014, 7, 1)
                                THEN 9
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            )
                          )
                        ) AS TIMESTAMP) AS DATE) AS "_from",
                        "t59"."count_start" AS "_cs_now",
                        COALESCE(
                          CASE
                            WHEN "t59"."window_start" >= MAKE_DATE(2014, 7, 1)
                            THEN TRUE
                            ELSE CAST(NULL AS BOOLEAN)
                          END,
                          FALSE
                        ) AS "_adds"
                      FROM "t58" AS "t59"
                    ) AS "t65"
                    INNER JOIN (
                      SELECT
                        "t59"."person_id" AS "_pid",
                        "t59"."count_start" AS "_cs",
                        "t59"."window_start" AS "_ws2",
                        "t59"."end_date" AS "_end"
                      FROM "t58" AS "t59"
                      WHERE
                        "t59"."end_date" IS NOT NULL
                    ) AS "t61"
                      ON "t65"."person_id" = "t61"."_pid"
                      AND "t61"."_ws2" < "t65"."start_date"
                      AND "t61"."_end" >= "t65"."_from"
                      AND "t65"."_adds"
                  ) AS "t66"
                  GROUP BY
                    1,
                    2,
                    3
                ) AS "t68"
                  ON "t64"."person_id" = "t68"."person_id"
                  AND "t64"."benefit" = "t68"."benefit"
                  AND "t64"."start_date" = "t68"."start_date"
              ) AS "t69"
            ) AS "t70"
          ) AS "t71"
        ) AS "t72"
      ) AS "t79"
      LEFT OUTER JOIN (
        SELECT
          "t75"."person_id",
          "t75"."benefit",
          "t75"."start_date",
          MIN("t75"."date") AS "fulfilled_date",
          'revurdering ' || CAST(MIN("t75"."date") AS TEXT) || ' (' || FIRST("t75"."outcome" ORDER BY "t75"."date") || ')' AS "held_text"
        FROM (
          SELECT
            "t74"."person_id",
            "t74"."benefit",
            "t74"."start_date",
            "t74"."_ws",
            "t3"."person_id" AS "person_id_right",
            "t3"."date",
            "t3"."outcome"
          FROM (
            SELECT
              "t72"."person_id",
              "t72"."benefit",
              "t72"."start_date",
              "t72"."window_start" AS "_ws"
            FROM (
              SELECT
                "t71".*
                EXCLUDE ("_from")
              FROM (
                SELECT
                  "t70"."person_id",
                  "t70"."benefit",
                  "t70"."start_date",
                  "t70"."end_date",
                  "t70"."first_contact_date",
                  "t70"."target_group",
                  "t70"."first_absence_date",
                  "t70"."sickness_category",
                  "t70"."employed",
                  "t70"."handover_date",
                  "t70"."expected_absence_weeks",
                  "t70"."work_obligation",
                  "t70"."municipality",
                  "t70"."early_followup_request_date",
                  "t70"."education_order",
                  "t70"."periods",
                  "t70"."window_start",
                  "t70"."_weeks",
                  "t70"."count_start",
                  "t70"."_from",
                  CAST(COALESCE("t70"."earlier_days", 0) AS INT) AS "earlier_days"
                FROM (
                  SELECT
                    "t69".*
                    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                  FROM (
                    SELECT
                      "t64"."person_id",
                      "t64"."benefit",
                      "t64"."start_date",
                      "t64"."end_date",
                      "t64"."first_contact_date",
                      "t64"."target_group",
                      "t64"."first_absence_date",
                      "t64"."sickness_category",
                      "t64"."employed",
                      "t64"."handover_date",
                      "t64"."expected_absence_weeks",
                      "t64"."work_obligation",
                      "t64"."municipality",
                      "t64"."early_followup_request_date",
                      "t64"."education_order",
                      "t64"."periods",
                      "t64"."window_start",
                      "t64"."_weeks",
                      "t64"."count_start",
                      "t64"."_from",
                      "t68"."person_id" AS "person_id_right",
                      "t68"."benefit" AS "benefit_right",
                      "t68"."start_date" AS "start_date_right",
                      "t68"."earlier_days"
                    FROM (
                      SELECT
                        "t59"."person_id",
                        "t59"."benefit",
                        "t59"."start_date",
                        "t59"."end_date",
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
                        "t59"."window_start",
                        "t59"."_weeks",
                        "t59"."count_start",
                        CAST(CAST(DATE_TRUNC('MONTH', "t59"."count_start") + TO_MONTHS(
                          -(
                            COALESCE(
                              CASE
                                WHEN "t59"."window_start" >= MAKE_DATE(2014, 7, 1)
                                THEN 9
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            )
                          )
                        ) AS TIMESTAMP) AS DATE) AS "_from"
                      FROM "t58" AS "t59"
                    ) AS "t64"
                    LEFT OUTER JOIN (
                      SELECT
                        "t66"."person_id",
                        "t66"."benefit",
                        "t66"."start_date",
                        SUM(
                          CASE
                            WHEN LEAST("t66"."_end", CAST(CAST("t66"."_cs_now" + TO_DAYS(-1) AS TIMESTAMP) AS DATE)) >= GREATEST("t66"."_cs", "t66"."_from")
                            THEN DATE_DIFF(
                              'DAY',
                              GREATEST("t66"."_cs", "t66"."_from"),
                              LEAST("t66"."_end", CAST(CAST("t66"."_cs_now" + TO_DAYS(-1) AS TIMESTAMP) AS DATE))
                            ) + 1
                            ELSE 0
                          END
                        ) AS "earlier_days"
                      FROM (
                        SELECT
                          "t65"."person_id",
                          "t65"."benefit",
                          "t65"."start_date",
                          "t65"."_from",
                          "t65"."_cs_now",
                          "t65"."_adds",
                          "t61"."_pid",
                          "t61"."_cs",
                          "t61"."_ws2",
                          "t61"."_end"
                        FROM (
                          SELECT
                            "t59"."person_id",
                            "t59"."benefit",
                            "t59"."start_date",
                            CAST(CAST(DATE_TRUNC('MONTH', "t59"."count_start") + TO_MONTHS(
                              -(
                                COALESCE(
                                  CASE
                                    WHEN "t59"."window_start" >= MAKE_DATE(2014, 7, 1)
                                    THEN 9
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                )
                              )
                            ) AS TIMESTAMP) AS DATE) AS "_from",
                            "t59"."count_start" AS "_cs_now",
                            COALESCE(
                              CASE
                                WHEN "t59"."window_start" >= MAKE_DATE(2014, 7, 1)
                                THEN TRUE
                                ELSE CAST(NULL AS BOOLEAN)
                              END,
                              FALSE
                            ) AS "_adds"
                          FROM "t58" AS "t59"
                        ) AS "t65"
                        INNER JOIN (
                          SELECT
                            "t59"."person_id" AS "_pid",
                            "t59"."count_start" AS "_cs",
                            "t59"."window_start" AS "_ws2",
                            "t59"."end_date" AS "_end"
                          FROM "t58" AS "t59"
                          WHERE
                            "t59"."end_date" IS NOT NULL
                        ) AS "t61"
                          ON "t65"."person_id" = "t61"."_pid"
                          AND "t61"."_ws2" < "t65"."start_date"
                          AND "t61"."_end" >= "t65"."_from"
                          AND "t65"."_adds"
                      ) AS "t66"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t68"
                      ON "t64"."person_id" = "t68"."person_id"
                      AND "t64"."benefit" = "t68"."benefit"
                      AND "t64"."start_date" = "t68"."start_date"
                  ) AS "t69"
                ) AS "t70"
              ) AS "t71"
            ) AS "t72"
          ) AS "t74"
          INNER JOIN (
            SELECT
              *
            FROM "reassessments" AS "t0"
            WHERE
              "t0"."date" <= CAST($as_of AS DATE)
          ) AS "t3"
            ON "t74"."person_id" = "t3"."person_id" AND "t3"."date" >= "t74"."_ws"
        ) AS "t75"
        GROUP BY
          1,
          2,
          3
      ) AS "t77"
        ON "t79"."person_id" = "t77"."person_id"
        AND "t79"."benefit" = "t77"."benefit"
        AND "t79"."start_date" = "t77"."start_date"
    ) AS "t80"
  ) AS "t81"
) AS "t82"
