WITH "t13" AS (
  SELECT
    "t12"."person_id",
    "t12"."benefit",
    "t12"."start_date",
    "t12"."end_date",
    "t12"."target_group",
    "t12"."first_contact_date",
    "t12"."first_absence_date",
    "t12"."sickness_category",
    "t12"."employed",
    "t12"."municipality",
    "t12"."work_obligation",
    "t12"."education_order",
    "t12"."introduction_programme",
    "t12"."expected_absence_weeks",
    "t12"."handover_date",
    "t12"."jobcentre_course",
    "t12"."early_followup_request_date",
    "t12"."_end",
    "t12"."_acc",
    "t12"."_switch",
    "t12"."_run",
    "t12"."_new",
    "t12"."_spell",
    MIN("t12"."start_date") OVER (
      PARTITION BY "t12"."person_id", "t12"."_spell"
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "_spell_start"
  FROM (
    SELECT
      "t11"."person_id",
      "t11"."benefit",
      "t11"."start_date",
      "t11"."end_date",
      "t11"."target_group",
      "t11"."first_contact_date",
      "t11"."first_absence_date",
      "t11"."sickness_category",
      "t11"."employed",
      "t11"."municipality",
      "t11"."work_obligation",
      "t11"."education_order",
      "t11"."introduction_programme",
      "t11"."expected_absence_weeks",
      "t11"."handover_date",
      "t11"."jobcentre_course",
      "t11"."early_followup_request_date",
      "t11"."_end",
      "t11"."_acc",
      "t11"."_switch",
      "t11"."_run",
      "t11"."_new",
      SUM("t11"."_new") OVER (
        PARTITION BY "t11"."person_id"
        ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
      ) AS "_spell"
    FROM (
      SELECT
        "t10"."person_id",
        "t10"."benefit",
        "t10"."start_date",
        "t10"."end_date",
        "t10"."target_group",
        "t10"."first_contact_date",
        "t10"."first_absence_date",
        "t10"."sickness_category",
        "t10"."employed",
        "t10"."municipality",
        "t10"."work_obligation",
        "t10"."education_order",
        "t10"."introduction_programme",
        "t10"."expected_absence_weeks",
        "t10"."handover_date",
        "t10"."jobcentre_course",
        "t10"."early_followup_request_date",
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
          "t9"."end_date",
          "t9"."target_group",
          "t9"."first_contact_date",
          "t9"."first_absence_date",
          "t9"."sickness_category",
          "t9"."employed",
          "t9"."municipality",
          "t9"."work_obligation",
          "t9"."education_order",
          "t9"."introduction_programme",
          "t9"."expected_absence_weeks",
          "t9"."handover_date",
          "t9"."jobcentre_course",
          "t9"."early_followup_request_date",
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
          ) AS "t8"
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
            "t18"."end_date",
            "t18"."target_group",
            "t18"."first_contact_date",
            "t18"."first_absence_date",
            "t18"."sickness_category",
            "t18"."employed",
            "t18"."municipality",
            "t18"."work_obligation",
            "t18"."education_order",
            "t18"."introduction_programme",
            "t18"."expected_absence_weeks",
            "t18"."handover_date",
            "t18"."jobcentre_course",
            "t18"."early_followup_request_date",
            "t18"."_end",
            "t18"."_acc",
            "t18"."_switch",
            "t18"."_run",
            "t18"."_new",
            "t18"."_spell",
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
            "t18"."end_date",
            "t18"."target_group",
            "t18"."first_contact_date",
            "t18"."first_absence_date",
            "t18"."sickness_category",
            "t18"."employed",
            "t18"."municipality",
            "t18"."work_obligation",
            "t18"."education_order",
            "t18"."introduction_programme",
            "t18"."expected_absence_weeks",
            "t18"."handover_date",
            "t18"."jobcentre_course",
            "t18"."early_followup_request_date",
            "t18"."_end",
            "t18"."_acc",
            "t18"."_switch",
            "t18"."_run",
            "t18"."_new",
            "t18"."_spell",
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
), "t67" AS (
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
    "t63"."periods"
  FROM (
    SELECT
      "t61"."person_id",
      "t61"."benefit",
      "t61"."_key" AS "start_date",
      CASE
        WHEN "t61"."_end" = MAKE_DATE(9999, 12, 31)
        THEN CAST(NULL AS DATE)
        ELSE "t61"."_end"
      END AS "end_date",
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
      "t61"."periods"
    FROM (
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
                "t56"."end_date",
                "t56"."target_group",
                "t56"."first_contact_date",
                "t56"."first_absence_date",
                "t56"."sickness_category",
                "t56"."employed",
                "t56"."municipality",
                "t56"."work_obligation",
                "t56"."education_order",
                "t56"."introduction_programme",
                "t56"."expected_absence_weeks",
                "t56"."handover_date",
                "t56"."jobcentre_course",
                "t56"."early_followup_request_date",
                "t56"."_end",
                "t56"."_acc",
                "t56"."_switch",
                "t56"."_run",
                "t56"."_new",
                "t56"."_spell",
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
                  "t18"."end_date",
                  "t18"."target_group",
                  "t18"."first_contact_date",
                  "t18"."first_absence_date",
                  "t18"."sickness_category",
                  "t18"."employed",
                  "t18"."municipality",
                  "t18"."work_obligation",
                  "t18"."education_order",
                  "t18"."introduction_programme",
                  "t18"."expected_absence_weeks",
                  "t18"."handover_date",
                  "t18"."jobcentre_course",
                  "t18"."early_followup_request_date",
                  "t18"."_end",
                  "t18"."_acc",
                  "t18"."_switch",
                  "t18"."_run",
                  "t18"."_new",
                  "t18"."_spell",
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
                                "t18"."end_date",
                                "t18"."target_group",
                                "t18"."first_contact_date",
                                "t18"."first_absence_date",
                                "t18"."sickness_category",
                                "t18"."employed",
                                "t18"."municipality",
                                "t18"."work_obligation",
                                "t18"."education_order",
                                "t18"."introduction_programme",
                                "t18"."expected_absence_weeks",
                                "t18"."handover_date",
                                "t18"."jobcentre_course",
                                "t18"."early_followup_request_date",
                                "t18"."_end",
                                "t18"."_acc",
                                "t18"."_switch",
                                "t18"."_run",
                                "t18"."_new",
                                "t18"."_spell",
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
                            "t18"."end_date",
                            "t18"."target_group",
                            "t18"."first_contact_date",
                            "t18"."first_absence_date",
                            "t18"."sickness_category",
                            "t18"."employed",
                            "t18"."municipality",
                            "t18"."work_obligation",
                            "t18"."education_order",
                            "t18"."introduction_programme",
                            "t18"."expected_absence_weeks",
                            "t18"."handover_date",
                            "t18"."jobcentre_course",
                            "t18"."early_followup_request_date",
                            "t18"."_end",
                            "t18"."_acc",
                            "t18"."_switch",
                            "t18"."_run",
                            "t18"."_new",
                            "t18"."_spell",
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
                                      "t18"."end_date",
                                      "t18"."target_group",
                                      "t18"."first_contact_date",
                                      "t18"."first_absence_date",
                                      "t18"."sickness_category",
                                      "t18"."employed",
                                      "t18"."municipality",
                                      "t18"."work_obligation",
                                      "t18"."education_order",
                                      "t18"."introduction_programme",
                                      "t18"."expected_absence_weeks",
                                      "t18"."handover_date",
                                      "t18"."jobcentre_course",
                                      "t18"."early_followup_request_date",
                                      "t18"."_end",
                                      "t18"."_acc",
                                      "t18"."_switch",
                                      "t18"."_run",
                                      "t18"."_new",
                                      "t18"."_spell",
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
    ) AS "t61"
    WHERE
      "t61"."benefit" IN ('dagpenge')
  ) AS "t63"
  ANTI JOIN (
    SELECT
      "t64"."person_id" AS "_k_person_id",
      "t64"."benefit" AS "_k_benefit",
      "t64"."start_date" AS "_k_start_date"
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
        "t63"."periods"
      FROM (
        SELECT
          "t61"."person_id",
          "t61"."benefit",
          "t61"."_key" AS "start_date",
          CASE
            WHEN "t61"."_end" = MAKE_DATE(9999, 12, 31)
            THEN CAST(NULL AS DATE)
            ELSE "t61"."_end"
          END AS "end_date",
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
          "t61"."periods"
        FROM (
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
                    "t56"."end_date",
                    "t56"."target_group",
                    "t56"."first_contact_date",
                    "t56"."first_absence_date",
                    "t56"."sickness_category",
                    "t56"."employed",
                    "t56"."municipality",
                    "t56"."work_obligation",
                    "t56"."education_order",
                    "t56"."introduction_programme",
                    "t56"."expected_absence_weeks",
                    "t56"."handover_date",
                    "t56"."jobcentre_course",
                    "t56"."early_followup_request_date",
                    "t56"."_end",
                    "t56"."_acc",
                    "t56"."_switch",
                    "t56"."_run",
                    "t56"."_new",
                    "t56"."_spell",
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
                      "t18"."end_date",
                      "t18"."target_group",
                      "t18"."first_contact_date",
                      "t18"."first_absence_date",
                      "t18"."sickness_category",
                      "t18"."employed",
                      "t18"."municipality",
                      "t18"."work_obligation",
                      "t18"."education_order",
                      "t18"."introduction_programme",
                      "t18"."expected_absence_weeks",
                      "t18"."handover_date",
                      "t18"."jobcentre_course",
                      "t18"."early_followup_request_date",
                      "t18"."_end",
                      "t18"."_acc",
                      "t18"."_switch",
                      "t18"."_run",
                      "t18"."_new",
                      "t18"."_spell",
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
                                    "t18"."end_date",
                                    "t18"."target_group",
                                    "t18"."first_contact_date",
                                    "t18"."first_absence_date",
                                    "t18"."sickness_category",
                                    "t18"."employed",
                                    "t18"."municipality",
                                    "t18"."work_obligation",
                                    "t18"."education_order",
                                    "t18"."introduction_programme",
                                    "t18"."expected_absence_weeks",
                                    "t18"."handover_date",
                                    "t18"."jobcentre_course",
                                    "t18"."early_followup_request_date",
                                    "t18"."_end",
                                    "t18"."_acc",
                                    "t18"."_switch",
                                    "t18"."_run",
                                    "t18"."_new",
                                    "t18"."_spell",
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
                                "t18"."end_date",
                                "t18"."target_group",
                                "t18"."first_contact_date",
                                "t18"."first_absence_date",
                                "t18"."sickness_category",
                                "t18"."employed",
                                "t18"."municipality",
                                "t18"."work_obligation",
                                "t18"."education_order",
                                "t18"."introduction_programme",
                                "t18"."expected_absence_weeks",
                                "t18"."handover_date",
                                "t18"."jobcentre_course",
                                "t18"."early_followup_request_date",
                                "t18"."_end",
                                "t18"."_acc",
                                "t18"."_switch",
                                "t18"."_run",
                                "t18"."_new",
                                "t18"."_spell",
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
                                          "t18"."end_date",
                                          "t18"."target_group",
                                          "t18"."first_contact_date",
                                          "t18"."first_absence_date",
                                          "t18"."sickness_category",
                                          "t18"."employed",
                                          "t18"."municipality",
                                          "t18"."work_obligation",
                                          "t18"."education_order",
                                          "t18"."introduction_programme",
                                          "t18"."expected_absence_weeks",
                                          "t18"."handover_date",
                                          "t18"."jobcentre_course",
                                          "t18"."early_followup_request_date",
                                          "t18"."_end",
                                          "t18"."_acc",
                                          "t18"."_switch",
                                          "t18"."_run",
                                          "t18"."_new",
                                          "t18"."_spell",
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
        ) AS "t61"
        WHERE
          "t61"."benefit" IN ('dagpenge')
      ) AS "t63"
      SEMI JOIN (
        SELECT
          "t1"."person_id" AS "_mpid",
          "t1"."start_date" AS "_mstart"
        FROM "benefit_periods" AS "t1"
        WHERE
          "t1"."benefit" = 'dagpenge' AND COALESCE("t1"."jobcentre_course", FALSE)
      ) AS "t6"
        ON "t63"."person_id" = "t6"."_mpid"
        AND "t6"."_mstart" >= "t63"."start_date"
        AND (
          (
            "t63"."end_date" IS NULL
          ) OR (
            "t6"."_mstart" <= "t63"."end_date"
          )
        )
    ) AS "t64"
    WHERE
      CASE
        WHEN "t64"."start_date" >= MAKE_DATE(2026, 7, 1)
        THEN CAST(NULL AS BIGINT)
        WHEN "t64"."start_date" >= MAKE_DATE(2024, 1, 1)
        THEN 6
        WHEN "t64"."start_date" >= MAKE_DATE(2020, 1, 1)
        THEN CAST(NULL AS BIGINT)
        ELSE CAST(NULL AS BIGINT)
      END IS NOT NULL
  ) AS "t66"
    ON "t63"."person_id" = "t66"."_k_person_id"
    AND "t63"."benefit" = "t66"."_k_benefit"
    AND "t63"."start_date" = "t66"."_k_start_date"
)
SELECT
  "t79"."person_id",
  "t79"."benefit",
  'first_interview' AS "kind",
  'dagpenge_akasse_first_interview' AS "rule_id",
  '1.1.0' AS "rule_version",
  CASE
    WHEN "t79"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'STAR – Generelle spørgsmål og svar om reformen (a-kassernes 75 %-krav; det enkelte personkrav ikke nævnt)'
    WHEN "t79"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31, stk. 4 (LBK nr. 280 af 2024) – a-kassens første jobsamtale senest 2 uger efter tilmelding'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t79"."window_start",
  CASE
    WHEN COALESCE("t79"."is_applicable", FALSE)
    THEN "t79"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t79"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t79"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t79"."fulfilled_date" <= "t79"."due_date"
    )
    THEN 'met'
    WHEN "t79"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t79"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t79"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t79"."is_applicable", FALSE)
    THEN "t79"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t79"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t79"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t79"."fulfilled_date" > "t79"."due_date"
    )
    THEN DATE_DIFF('DAY', "t79"."due_date", "t79"."fulfilled_date")
    WHEN NOT (
      "t79"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t79"."is_exempt", FALSE)
    )
    AND (
      "t79"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t79"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t79"."is_applicable", FALSE)
              THEN "t79"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t79"."window_start"
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
              WHEN COALESCE("t79"."is_applicable", FALSE)
              THEN "t79"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t79"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'dagpenge_akasse_first_interview'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. ' || COALESCE("t79"."evidence", '')
    ELSE COALESCE("t79"."evidence", '')
  END AS "evidence"
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
    "t78"."_days",
    "t78"."due_date",
    "t78"."fulfilled_date",
    "t78"."held_text",
    (
      "t78"."_days" IS NOT NULL
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
        "t78"."end_date" IS NOT NULL
      )
      AND (
        "t78"."end_date" < "t78"."due_date"
      )
      AND (
        "t78"."fulfilled_date" IS NULL
      )
    ) AS "is_applicable",
    FALSE AS "is_exempt",
    CASE
      WHEN "t78"."_days" IS NULL
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
      WHEN "t78"."fulfilled_date" IS NOT NULL
      THEN "t78"."held_text"
      WHEN (
        "t78"."end_date" IS NOT NULL
      )
      AND (
        "t78"."end_date" < "t78"."due_date"
      )
      AND (
        "t78"."fulfilled_date" IS NULL
      )
      THEN 'ydelsesforløbet sluttede ' || CAST("t78"."end_date" AS TEXT) || ' før fristen'
      ELSE 'ingen afholdt individuel jobsamtale med a-kassen'
    END AS "evidence"
  FROM (
    SELECT
      "t77".*
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
        "t73"."window_start",
        "t73"."_days",
        "t73"."due_date",
        "t76"."person_id" AS "person_id_right",
        "t76"."benefit" AS "benefit_right",
        "t76"."start_date" AS "start_date_right",
        "t76"."fulfilled_date",
        "t76"."held_text"
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
          "t68"."start_date" AS "window_start",
          CASE
            WHEN "t68"."start_date" >= MAKE_DATE(2026, 7, 1)
            THEN 14
            WHEN "t68"."start_date" >= MAKE_DATE(2024, 1, 1)
            THEN 14
            ELSE CAST(NULL AS BIGINT)
          END AS "_days",
          CAST(CAST("t68"."start_date" + TO_DAYS(
            COALESCE(
              CASE
                WHEN "t68"."start_date" >= MAKE_DATE(2026, 7, 1)
                THEN 14
                WHEN "t68"."start_date" >= MAKE_DATE(2024, 1, 1)
                THEN 14
                ELSE CAST(NULL AS BIGINT)
              END,
              0
            )
          ) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM "t67" AS "t68"
      ) AS "t73"
      LEFT OUTER JOIN (
        SELECT
          "t74"."person_id",
          "t74"."benefit",
          "t74"."start_date",
          MIN("t74"."date") AS "fulfilled_date",
          FIRST("t74"."description" ORDER BY CAST("t74"."date" AS TEXT) || "t74"."description") AS "held_text"
        FROM (
          SELECT
            "t71"."person_id",
            "t71"."benefit",
            "t71"."start_date",
            "t71"."date",
            "t71"."kind" || ' ' || CAST("t71"."date" AS TEXT) || ' (' || "t71"."form" || ', ' || "t71"."held_by" || ')' AS "description"
          FROM (
            SELECT
              "t70"."person_id",
              "t70"."benefit",
              "t70"."start_date",
              "t70"."window_start",
              "t70"."_first",
              "t70"."_last",
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
                "t68"."person_id",
                "t68"."benefit",
                "t68"."start_date",
                "t68"."start_date" AS "window_start",
                "t68"."start_date" AS "_first",
                COALESCE("t68"."end_date", CAST($as_of AS DATE)) AS "_last"
              FROM "t67" AS "t68"
            ) AS "t70"
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
              ON "t70"."person_id" = "t5"."person_id"
              AND "t5"."date" >= "t70"."_first"
              AND "t5"."date" <= "t70"."_last"
          ) AS "t71"
          WHERE
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t71"."window_start" >= MAKE_DATE(2024, 1, 1)
                  THEN ['akasse']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t71"."held_by"
              ),
              FALSE
            )
            AND COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t71"."window_start" >= MAKE_DATE(2020, 1, 1)
                  THEN ['personligt', 'telefon', 'video']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t71"."form"
              ),
              FALSE
            )
        ) AS "t74"
        GROUP BY
          1,
          2,
          3
      ) AS "t76"
        ON "t73"."person_id" = "t76"."person_id"
        AND "t73"."benefit" = "t76"."benefit"
        AND "t73"."start_date" = "t76"."start_date"
    ) AS "t77"
  ) AS "t78"
) AS "t79"
