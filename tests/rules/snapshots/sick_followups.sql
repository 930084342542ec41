WITH "t14" AS (
  SELECT
    "t13"."person_id",
    "t13"."benefit",
    "t13"."start_date",
    "t13"."end_date",
    "t13"."target_group",
    "t13"."first_contact_date",
    "t13"."first_absence_date",
    "t13"."sickness_category",
    "t13"."employed",
    "t13"."municipality",
    "t13"."work_obligation",
    "t13"."education_order",
    "t13"."introduction_programme",
    "t13"."expected_absence_weeks",
    "t13"."handover_date",
    "t13"."jobcentre_course",
    "t13"."early_followup_request_date",
    "t13"."_end",
    "t13"."_acc",
    "t13"."_switch",
    "t13"."_run",
    "t13"."_new",
    "t13"."_spell",
    MIN("t13"."start_date") OVER (
      PARTITION BY "t13"."person_id", "t13"."_spell"
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "_spell_start"
  FROM (
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
      SUM("t12"."_new") OVER (
        PARTITION BY "t12"."person_id"
        ORDER BY "t12"."start_date" ASC, "t12"."benefit" ASC, "t12"."_end" ASC
        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
      ) AS "_spell"
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
              "t2"."end_date",
              "t2"."target_group",
              "t2"."first_contact_date",
              "t2"."first_absence_date",
              "t2"."sickness_category",
              "t2"."employed",
              "t2"."municipality",
              "t2"."work_obligation",
              "t2"."education_order",
              "t2"."introduction_programme",
              "t2"."expected_absence_weeks",
              "t2"."handover_date",
              "t2"."jobcentre_course",
              "t2"."early_followup_request_date",
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
  ) AS "t13"
), "t16" AS (
  SELECT
    *
  FROM "t14" AS "t15"
  WHERE
    "t15"."_acc"
), "t20" AS (
  SELECT
    "t18"."person_id",
    "t18"."benefit",
    MIN("t18"."start_date") AS "c1"
  FROM "t16" AS "t18"
  GROUP BY
    1,
    2
), "t29" AS (
  SELECT
    "t28"."person_id",
    "t28"."benefit",
    "t28"."c1",
    "t28"."c2"
  FROM (
    SELECT
      "t22"."person_id",
      "t22"."benefit",
      "t22"."c1",
      "t27"."person_id" AS "person_id_right",
      "t27"."benefit" AS "benefit_right",
      "t27"."c2"
    FROM "t20" AS "t22"
    LEFT OUTER JOIN (
      SELECT
        "t25"."person_id",
        "t25"."benefit",
        MIN("t25"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t19"."person_id",
            "t19"."benefit",
            "t19"."start_date",
            "t19"."end_date",
            "t19"."target_group",
            "t19"."first_contact_date",
            "t19"."first_absence_date",
            "t19"."sickness_category",
            "t19"."employed",
            "t19"."municipality",
            "t19"."work_obligation",
            "t19"."education_order",
            "t19"."introduction_programme",
            "t19"."expected_absence_weeks",
            "t19"."handover_date",
            "t19"."jobcentre_course",
            "t19"."early_followup_request_date",
            "t19"."_end",
            "t19"."_acc",
            "t19"."_switch",
            "t19"."_run",
            "t19"."_new",
            "t19"."_spell",
            "t19"."_spell_start",
            "t23"."c1"
          FROM "t16" AS "t19"
          INNER JOIN "t20" AS "t23"
            ON "t19"."person_id" = "t23"."person_id" AND "t19"."benefit" = "t23"."benefit"
        ) AS "t24"
        WHERE
          "t24"."start_date" >= CAST(CAST("t24"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t24"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t25"
      GROUP BY
        1,
        2
    ) AS "t27"
      ON "t22"."person_id" = "t27"."person_id" AND "t22"."benefit" = "t27"."benefit"
  ) AS "t28"
), "t38" AS (
  SELECT
    "t37"."person_id",
    "t37"."benefit",
    "t37"."c1",
    "t37"."c2",
    "t37"."c3"
  FROM (
    SELECT
      "t31"."person_id",
      "t31"."benefit",
      "t31"."c1",
      "t31"."c2",
      "t36"."person_id" AS "person_id_right",
      "t36"."benefit" AS "benefit_right",
      "t36"."c3"
    FROM "t29" AS "t31"
    LEFT OUTER JOIN (
      SELECT
        "t34"."person_id",
        "t34"."benefit",
        MIN("t34"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t19"."person_id",
            "t19"."benefit",
            "t19"."start_date",
            "t19"."end_date",
            "t19"."target_group",
            "t19"."first_contact_date",
            "t19"."first_absence_date",
            "t19"."sickness_category",
            "t19"."employed",
            "t19"."municipality",
            "t19"."work_obligation",
            "t19"."education_order",
            "t19"."introduction_programme",
            "t19"."expected_absence_weeks",
            "t19"."handover_date",
            "t19"."jobcentre_course",
            "t19"."early_followup_request_date",
            "t19"."_end",
            "t19"."_acc",
            "t19"."_switch",
            "t19"."_run",
            "t19"."_new",
            "t19"."_spell",
            "t19"."_spell_start",
            "t32"."c1",
            "t32"."c2"
          FROM "t16" AS "t19"
          INNER JOIN "t29" AS "t32"
            ON "t19"."person_id" = "t32"."person_id" AND "t19"."benefit" = "t32"."benefit"
        ) AS "t33"
        WHERE
          "t33"."start_date" >= CAST(CAST("t33"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t33"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t34"
      GROUP BY
        1,
        2
    ) AS "t36"
      ON "t31"."person_id" = "t36"."person_id" AND "t31"."benefit" = "t36"."benefit"
  ) AS "t37"
), "t62" AS (
  SELECT
    "t61"."person_id",
    "t61"."benefit",
    "t61"."_key",
    MAX("t61"."_end") AS "_end",
    COUNT(*) AS "periods",
    FIRST("t61"."first_contact_date" ORDER BY "t61"."start_date") AS "first_contact_date",
    FIRST("t61"."target_group" ORDER BY "t61"."start_date") AS "target_group",
    FIRST("t61"."first_absence_date" ORDER BY "t61"."start_date") AS "first_absence_date",
    FIRST("t61"."sickness_category" ORDER BY "t61"."start_date") AS "sickness_category",
    FIRST("t61"."employed" ORDER BY "t61"."start_date") AS "employed",
    FIRST("t61"."handover_date" ORDER BY "t61"."start_date") AS "handover_date",
    FIRST("t61"."expected_absence_weeks" ORDER BY "t61"."start_date") AS "expected_absence_weeks",
    FIRST("t61"."work_obligation" ORDER BY "t61"."start_date") AS "work_obligation",
    FIRST("t61"."municipality" ORDER BY "t61"."start_date") AS "municipality",
    MIN("t61"."early_followup_request_date") AS "early_followup_request_date",
    BOOL_OR(CAST(COALESCE("t61"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
  FROM (
    SELECT
      *
    FROM (
      SELECT
        "t15"."person_id",
        "t15"."benefit",
        "t15"."start_date",
        "t15"."_end",
        "t15"."_spell_start" AS "_key",
        "t15"."_acc",
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
        "t15"."education_order"
      FROM "t14" AS "t15"
      WHERE
        NOT (
          "t15"."_acc"
        )
    ) AS "t17"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t59"."person_id",
        "t59"."benefit",
        "t59"."start_date",
        "t59"."_end",
        "t59"."_key",
        "t59"."_acc",
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
        "t59"."education_order"
      FROM (
        SELECT
          "t58".*
          EXCLUDE ("c1", "c2", "c3", "c4", "c5")
        FROM (
          SELECT
            "t57"."person_id",
            "t57"."benefit",
            "t57"."start_date",
            "t57"."end_date",
            "t57"."target_group",
            "t57"."first_contact_date",
            "t57"."first_absence_date",
            "t57"."sickness_category",
            "t57"."employed",
            "t57"."municipality",
            "t57"."work_obligation",
            "t57"."education_order",
            "t57"."introduction_programme",
            "t57"."expected_absence_weeks",
            "t57"."handover_date",
            "t57"."jobcentre_course",
            "t57"."early_followup_request_date",
            "t57"."_end",
            "t57"."_acc",
            "t57"."_switch",
            "t57"."_run",
            "t57"."_new",
            "t57"."_spell",
            "t57"."_spell_start",
            "t57"."c1",
            "t57"."c2",
            "t57"."c3",
            "t57"."c4",
            "t57"."c5",
            GREATEST(
              CASE
                WHEN "t57"."c1" <= "t57"."start_date"
                THEN "t57"."c1"
                ELSE CAST(NULL AS DATE)
              END,
              CASE
                WHEN "t57"."c2" <= "t57"."start_date"
                THEN "t57"."c2"
                ELSE CAST(NULL AS DATE)
              END,
              CASE
                WHEN "t57"."c3" <= "t57"."start_date"
                THEN "t57"."c3"
                ELSE CAST(NULL AS DATE)
              END,
              CASE
                WHEN "t57"."c4" <= "t57"."start_date"
                THEN "t57"."c4"
                ELSE CAST(NULL AS DATE)
              END,
              CASE
                WHEN "t57"."c5" <= "t57"."start_date"
                THEN "t57"."c5"
                ELSE CAST(NULL AS DATE)
              END
            ) AS "_key"
          FROM (
            SELECT
              "t19"."person_id",
              "t19"."benefit",
              "t19"."start_date",
              "t19"."end_date",
              "t19"."target_group",
              "t19"."first_contact_date",
              "t19"."first_absence_date",
              "t19"."sickness_category",
              "t19"."employed",
              "t19"."municipality",
              "t19"."work_obligation",
              "t19"."education_order",
              "t19"."introduction_programme",
              "t19"."expected_absence_weeks",
              "t19"."handover_date",
              "t19"."jobcentre_course",
              "t19"."early_followup_request_date",
              "t19"."_end",
              "t19"."_acc",
              "t19"."_switch",
              "t19"."_run",
              "t19"."_new",
              "t19"."_spell",
              "t19"."_spell_start",
              "t56"."c1",
              "t56"."c2",
              "t56"."c3",
              "t56"."c4",
              "t56"."c5"
            FROM "t16" AS "t19"
            INNER JOIN (
              SELECT
                "t54".*
                EXCLUDE ("benefit_right", "person_id_right")
              FROM (
                SELECT
                  "t48"."person_id",
                  "t48"."benefit",
                  "t48"."c1",
                  "t48"."c2",
                  "t48"."c3",
                  "t48"."c4",
                  "t53"."person_id" AS "person_id_right",
                  "t53"."benefit" AS "benefit_right",
                  "t53"."c5"
                FROM (
                  SELECT
                    "t46".*
                    EXCLUDE ("benefit_right", "person_id_right")
                  FROM (
                    SELECT
                      "t40"."person_id",
                      "t40"."benefit",
                      "t40"."c1",
                      "t40"."c2",
                      "t40"."c3",
                      "t45"."person_id" AS "person_id_right",
                      "t45"."benefit" AS "benefit_right",
                      "t45"."c4"
                    FROM "t38" AS "t40"
                    LEFT OUTER JOIN (
                      SELECT
                        "t43"."person_id",
                        "t43"."benefit",
                        MIN("t43"."start_date") AS "c4"
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t19"."person_id",
                            "t19"."benefit",
                            "t19"."start_date",
                            "t19"."end_date",
                            "t19"."target_group",
                            "t19"."first_contact_date",
                            "t19"."first_absence_date",
                            "t19"."sickness_category",
                            "t19"."employed",
                            "t19"."municipality",
                            "t19"."work_obligation",
                            "t19"."education_order",
                            "t19"."introduction_programme",
                            "t19"."expected_absence_weeks",
                            "t19"."handover_date",
                            "t19"."jobcentre_course",
                            "t19"."early_followup_request_date",
                            "t19"."_end",
                            "t19"."_acc",
                            "t19"."_switch",
                            "t19"."_run",
                            "t19"."_new",
                            "t19"."_spell",
                            "t19"."_spell_start",
                            "t41"."c1",
                            "t41"."c2",
                            "t41"."c3"
                          FROM "t16" AS "t19"
                          INNER JOIN "t38" AS "t41"
                            ON "t19"."person_id" = "t41"."person_id" AND "t19"."benefit" = "t41"."benefit"
                        ) AS "t42"
                        WHERE
                          "t42"."start_date" >= CAST(CAST("t42"."c3" + TO_MONTHS(
                            COALESCE(
                              CASE WHEN "t42"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                              0
                            )
                          ) AS TIMESTAMP) AS DATE)
                      ) AS "t43"
                      GROUP BY
                        1,
                        2
                    ) AS "t45"
                      ON "t40"."person_id" = "t45"."person_id" AND "t40"."benefit" = "t45"."benefit"
                  ) AS "t46"
                ) AS "t48"
                LEFT OUTER JOIN (
                  SELECT
                    "t51"."person_id",
                    "t51"."benefit",
                    MIN("t51"."start_date") AS "c5"
                  FROM (
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t19"."person_id",
                        "t19"."benefit",
                        "t19"."start_date",
                        "t19"."end_date",
                        "t19"."target_group",
                        "t19"."first_contact_date",
                        "t19"."first_absence_date",
                        "t19"."sickness_category",
                        "t19"."employed",
                        "t19"."municipality",
                        "t19"."work_obligation",
                        "t19"."education_order",
                        "t19"."introduction_programme",
                        "t19"."expected_absence_weeks",
                        "t19"."handover_date",
                        "t19"."jobcentre_course",
                        "t19"."early_followup_request_date",
                        "t19"."_end",
                        "t19"."_acc",
                        "t19"."_switch",
                        "t19"."_run",
                        "t19"."_new",
                        "t19"."_spell",
                        "t19"."_spell_start",
                        "t49"."c1",
                        "t49"."c2",
                        "t49"."c3",
                        "t49"."c4"
                      FROM "t16" AS "t19"
                      INNER JOIN (
                        SELECT
                          "t46".*
                          EXCLUDE ("benefit_right", "person_id_right")
                        FROM (
                          SELECT
                            "t40"."person_id",
                            "t40"."benefit",
                            "t40"."c1",
                            "t40"."c2",
                            "t40"."c3",
                            "t45"."person_id" AS "person_id_right",
                            "t45"."benefit" AS "benefit_right",
                            "t45"."c4"
                          FROM "t38" AS "t40"
                          LEFT OUTER JOIN (
                            SELECT
                              "t43"."person_id",
                              "t43"."benefit",
                              MIN("t43"."start_date") AS "c4"
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t19"."person_id",
                                  "t19"."benefit",
                                  "t19"."start_date",
                                  "t19"."end_date",
                                  "t19"."target_group",
                                  "t19"."first_contact_date",
                                  "t19"."first_absence_date",
                                  "t19"."sickness_category",
                                  "t19"."employed",
                                  "t19"."municipality",
                                  "t19"."work_obligation",
                                  "t19"."education_order",
                                  "t19"."introduction_programme",
                                  "t19"."expected_absence_weeks",
                                  "t19"."handover_date",
                                  "t19"."jobcentre_course",
                                  "t19"."early_followup_request_date",
                                  "t19"."_end",
                                  "t19"."_acc",
                                  "t19"."_switch",
                                  "t19"."_run",
                                  "t19"."_new",
                                  "t19"."_spell",
                                  "t19"."_spell_start",
                                  "t41"."c1",
                                  "t41"."c2",
                                  "t41"."c3"
                                FROM "t16" AS "t19"
                                INNER JOIN "t38" AS "t41"
                                  ON "t19"."person_id" = "t41"."person_id" AND "t19"."benefit" = "t41"."benefit"
                              ) AS "t42"
                              WHERE
                                "t42"."start_date" >= CAST(CAST("t42"."c3" + TO_MONTHS(
                                  COALESCE(
                                    CASE WHEN "t42"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE)
                            ) AS "t43"
                            GROUP BY
                              1,
                              2
                          ) AS "t45"
                            ON "t40"."person_id" = "t45"."person_id" AND "t40"."benefit" = "t45"."benefit"
                        ) AS "t46"
                      ) AS "t49"
                        ON "t19"."person_id" = "t49"."person_id" AND "t19"."benefit" = "t49"."benefit"
                    ) AS "t50"
                    WHERE
                      "t50"."start_date" >= CAST(CAST("t50"."c4" + TO_MONTHS(
                        COALESCE(
                          CASE WHEN "t50"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                          0
                        )
                      ) AS TIMESTAMP) AS DATE)
                  ) AS "t51"
                  GROUP BY
                    1,
                    2
                ) AS "t53"
                  ON "t48"."person_id" = "t53"."person_id" AND "t48"."benefit" = "t53"."benefit"
              ) AS "t54"
            ) AS "t56"
              ON "t19"."person_id" = "t56"."person_id" AND "t19"."benefit" = "t56"."benefit"
          ) AS "t57"
        ) AS "t58"
      ) AS "t59"
    ) AS "t60"
  ) AS "t61"
  GROUP BY
    1,
    2,
    3
), "t86" AS (
  SELECT
    "t81"."person_id",
    "t81"."benefit",
    "t81"."start_date",
    "t81"."date",
    "t81"."kind" || ' ' || CAST("t81"."date" AS TEXT) || ' (' || "t81"."form" || ', ' || "t81"."held_by" || ')' AS "description"
  FROM (
    SELECT
      "t80"."person_id",
      "t80"."benefit",
      "t80"."start_date",
      "t80"."_ws",
      "t80"."_last",
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
        "t76"."person_id",
        "t76"."benefit",
        "t76"."start_date",
        "t76"."window_start" AS "_ws",
        COALESCE("t76"."end_date", CAST($as_of AS DATE)) AS "_last"
      FROM (
        SELECT
          "t75".*
          EXCLUDE ("_cat1_until")
        FROM (
          SELECT
            "t74"."person_id",
            "t74"."benefit",
            "t74"."start_date",
            "t74"."end_date",
            "t74"."first_contact_date",
            "t74"."target_group",
            "t74"."first_absence_date",
            "t74"."sickness_category",
            "t74"."employed",
            "t74"."handover_date",
            "t74"."expected_absence_weeks",
            "t74"."work_obligation",
            "t74"."municipality",
            "t74"."early_followup_request_date",
            "t74"."education_order",
            "t74"."periods",
            "t74"."window_start",
            "t74"."_cat1_until",
            "t74"."category_in_force",
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t74"."window_start" >= MAKE_DATE(2025, 1, 1)
                  THEN ['1']
                  WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                  THEN ['1']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t74"."category_in_force"
              ),
              FALSE
            )
            AND (
              (
                CASE
                  WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                  THEN 8
                  ELSE CAST(NULL AS BIGINT)
                END IS NULL
              )
              OR (
                (
                  "t74"."end_date" IS NOT NULL
                )
                AND (
                  "t74"."end_date" <= "t74"."_cat1_until"
                )
              )
            ) AS "category_exempt",
            CASE
              WHEN NOT (
                COALESCE(
                  ARRAY_CONTAINS(
                    CASE
                      WHEN "t74"."window_start" >= MAKE_DATE(2025, 1, 1)
                      THEN ['1']
                      WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                      THEN ['1']
                      ELSE CAST(NULL AS TEXT[])
                    END,
                    "t74"."category_in_force"
                  ),
                  FALSE
                )
              )
              OR (
                CASE
                  WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                  THEN 8
                  ELSE CAST(NULL AS BIGINT)
                END IS NULL
              )
              OR (
                (
                  "t74"."end_date" IS NOT NULL
                )
                AND (
                  "t74"."end_date" <= "t74"."_cat1_until"
                )
              )
              THEN ''
              WHEN CAST($as_of AS DATE) <= "t74"."_cat1_until"
              THEN 'kategori ' || "t74"."category_in_force" || ': opfølgningssamtale og revisitation, hvis fraværet varer ud over ' || CAST(CASE
                WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN 8
                ELSE CAST(NULL AS BIGINT)
              END AS TEXT) || ' uger (§ 13 a, stk. 1)'
              ELSE 'kategori ' || "t74"."category_in_force" || ' og fraværet varer ud over ' || CAST(CASE
                WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN 8
                ELSE CAST(NULL AS BIGINT)
              END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
            END AS "category_note"
          FROM (
            SELECT
              "t73".*
              EXCLUDE ("_cat_found")
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
                "t72"."_cat1_until",
                "t72"."_cat_found",
                COALESCE("t72"."_cat_found", "t72"."sickness_category") AS "category_in_force"
              FROM (
                SELECT
                  "t71".*
                  EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                FROM (
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
                    "t66"."_cat1_until",
                    "t70"."person_id" AS "person_id_right",
                    "t70"."benefit" AS "benefit_right",
                    "t70"."start_date" AS "start_date_right",
                    "t70"."_cat_found"
                  FROM (
                    SELECT
                      "t63"."person_id",
                      "t63"."benefit",
                      "t63"."_key" AS "start_date",
                      CASE
                        WHEN "t63"."_end" = MAKE_DATE(9999, 12, 31)
                        THEN CAST(NULL AS DATE)
                        ELSE "t63"."_end"
                      END AS "end_date",
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
                      COALESCE("t63"."first_absence_date", "t63"."_key") AS "window_start",
                      CAST(CAST(COALESCE("t63"."first_absence_date", "t63"."_key") + TO_DAYS(
                        (
                          COALESCE(
                            CASE
                              WHEN COALESCE("t63"."first_absence_date", "t63"."_key") >= MAKE_DATE(2015, 1, 1)
                              THEN 8
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          ) * 7
                        ) - 1
                      ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                    FROM "t62" AS "t63"
                    WHERE
                      "t63"."benefit" IN ('sygedagpenge')
                  ) AS "t66"
                  LEFT OUTER JOIN (
                    SELECT
                      "t68"."person_id",
                      "t68"."benefit",
                      "t68"."start_date",
                      FIRST("t68"."_cat" ORDER BY "t68"."_from" DESC) AS "_cat_found"
                    FROM (
                      SELECT
                        "t67"."person_id",
                        "t67"."benefit",
                        "t67"."start_date",
                        "t67"."_day",
                        "t67"."_last",
                        "t8"."_pid",
                        "t8"."_from",
                        "t8"."_cat"
                      FROM (
                        SELECT
                          "t63"."person_id",
                          "t63"."benefit",
                          "t63"."_key" AS "start_date",
                          CAST(CAST(COALESCE("t63"."first_absence_date", "t63"."_key") + TO_DAYS(
                            (
                              COALESCE(
                                CASE
                                  WHEN COALESCE("t63"."first_absence_date", "t63"."_key") >= MAKE_DATE(2015, 1, 1)
                                  THEN 8
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              ) * 7
                            ) - 1
                          ) AS TIMESTAMP) AS DATE) AS "_day",
                          CASE
                            WHEN "t63"."_end" = MAKE_DATE(9999, 12, 31)
                            THEN CAST(NULL AS DATE)
                            ELSE "t63"."_end"
                          END AS "_last"
                        FROM "t62" AS "t63"
                        WHERE
                          "t63"."benefit" IN ('sygedagpenge')
                      ) AS "t67"
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
                        ON "t67"."person_id" = "t8"."_pid"
                        AND "t8"."_from" >= "t67"."start_date"
                        AND "t8"."_from" <= "t67"."_day"
                        AND (
                          (
                            "t67"."_last" IS NULL
                          ) OR (
                            "t8"."_from" <= "t67"."_last"
                          )
                        )
                    ) AS "t68"
                    GROUP BY
                      1,
                      2,
                      3
                  ) AS "t70"
                    ON "t66"."person_id" = "t70"."person_id"
                    AND "t66"."benefit" = "t70"."benefit"
                    AND "t66"."start_date" = "t70"."start_date"
                ) AS "t71"
              ) AS "t72"
            ) AS "t73"
          ) AS "t74"
        ) AS "t75"
      ) AS "t76"
    ) AS "t80"
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
      ON "t80"."person_id" = "t7"."person_id"
      AND "t7"."date" >= "t80"."_ws"
      AND "t7"."date" <= "t80"."_last"
  ) AS "t81"
  WHERE
    COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t81"."_ws" >= MAKE_DATE(2015, 1, 1)
          THEN ['opfoelgningssamtale']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t81"."kind"
      ),
      FALSE
    )
    AND COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t81"."_ws" >= MAKE_DATE(2015, 1, 1)
          THEN ['jobcenter', 'anden_aktoer']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t81"."held_by"
      ),
      FALSE
    )
    AND COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t81"."_ws" >= MAKE_DATE(2020, 1, 1)
          THEN ['personligt', 'telefon', 'video']
          WHEN "t81"."_ws" >= MAKE_DATE(2015, 1, 1)
          THEN ['personligt']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t81"."form"
      ),
      FALSE
    )
), "t98" AS (
  SELECT
    "t97"."person_id",
    "t97"."benefit",
    "t97"."start_date",
    "t97"."date",
    "t97"."description",
    "t97"."next_date",
    "t97"."next_text",
    "t97"."_weeks",
    "t79"."end_date",
    "t79"."category_exempt",
    "t79"."sickness_category",
    "t79"."category_in_force",
    "t79"."category_note",
    "t79"."employed",
    "t79"."expected_absence_weeks"
  FROM (
    SELECT
      "t93"."person_id",
      "t93"."benefit",
      "t93"."start_date",
      "t93"."date",
      "t93"."description",
      "t93"."next_date",
      "t93"."next_text",
      CASE
        WHEN "t93"."date" >= MAKE_DATE(2020, 1, 1)
        THEN CAST(NULL AS BIGINT)
        WHEN "t93"."date" >= MAKE_DATE(2015, 1, 1)
        THEN 4
        ELSE CAST(NULL AS BIGINT)
      END AS "_weeks"
    FROM (
      SELECT
        "t91"."person_id",
        "t91"."benefit",
        "t91"."start_date",
        "t91"."date",
        "t91"."description",
        LEAD("t91"."date") OVER (
          PARTITION BY "t91"."person_id", "t91"."benefit", "t91"."start_date"
          ORDER BY "t91"."date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) AS "next_date",
        LEAD("t91"."description") OVER (
          PARTITION BY "t91"."person_id", "t91"."benefit", "t91"."start_date"
          ORDER BY "t91"."date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) AS "next_text"
      FROM (
        SELECT
          "t88"."person_id",
          "t88"."benefit",
          "t88"."start_date",
          "t88"."date",
          FIRST("t88"."description" ORDER BY "t88"."date") AS "description"
        FROM "t86" AS "t88"
        GROUP BY
          1,
          2,
          3,
          4
      ) AS "t91"
    ) AS "t93"
    WHERE
      CASE
        WHEN "t93"."date" >= MAKE_DATE(2020, 1, 1)
        THEN CAST(NULL AS BIGINT)
        WHEN "t93"."date" >= MAKE_DATE(2015, 1, 1)
        THEN 4
        ELSE CAST(NULL AS BIGINT)
      END IS NOT NULL
  ) AS "t97"
  INNER JOIN (
    SELECT
      "t76"."person_id",
      "t76"."benefit",
      "t76"."start_date",
      "t76"."end_date",
      "t76"."category_exempt",
      "t76"."sickness_category",
      "t76"."category_in_force",
      "t76"."category_note",
      "t76"."employed",
      "t76"."expected_absence_weeks"
    FROM (
      SELECT
        "t75".*
        EXCLUDE ("_cat1_until")
      FROM (
        SELECT
          "t74"."person_id",
          "t74"."benefit",
          "t74"."start_date",
          "t74"."end_date",
          "t74"."first_contact_date",
          "t74"."target_group",
          "t74"."first_absence_date",
          "t74"."sickness_category",
          "t74"."employed",
          "t74"."handover_date",
          "t74"."expected_absence_weeks",
          "t74"."work_obligation",
          "t74"."municipality",
          "t74"."early_followup_request_date",
          "t74"."education_order",
          "t74"."periods",
          "t74"."window_start",
          "t74"."_cat1_until",
          "t74"."category_in_force",
          COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t74"."window_start" >= MAKE_DATE(2025, 1, 1)
                THEN ['1']
                WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN ['1']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t74"."category_in_force"
            ),
            FALSE
          )
          AND (
            (
              CASE
                WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN 8
                ELSE CAST(NULL AS BIGINT)
              END IS NULL
            )
            OR (
              (
                "t74"."end_date" IS NOT NULL
              )
              AND (
                "t74"."end_date" <= "t74"."_cat1_until"
              )
            )
          ) AS "category_exempt",
          CASE
            WHEN NOT (
              COALESCE(
                ARRAY_CONTAINS(
                  CASE
                    WHEN "t74"."window_start" >= MAKE_DATE(2025, 1, 1)
                    THEN ['1']
                    WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                    THEN ['1']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  "t74"."category_in_force"
                ),
                FALSE
              )
            )
            OR (
              CASE
                WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN 8
                ELSE CAST(NULL AS BIGINT)
              END IS NULL
            )
            OR (
              (
                "t74"."end_date" IS NOT NULL
              )
              AND (
                "t74"."end_date" <= "t74"."_cat1_until"
              )
            )
            THEN ''
            WHEN CAST($as_of AS DATE) <= "t74"."_cat1_until"
            THEN 'kategori ' || "t74"."category_in_force" || ': opfølgningssamtale og revisitation, hvis fraværet varer ud over ' || CAST(CASE
              WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
              THEN 8
              ELSE CAST(NULL AS BIGINT)
            END AS TEXT) || ' uger (§ 13 a, stk. 1)'
            ELSE 'kategori ' || "t74"."category_in_force" || ' og fraværet varer ud over ' || CAST(CASE
              WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
              THEN 8
              ELSE CAST(NULL AS BIGINT)
            END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
          END AS "category_note"
        FROM (
          SELECT
            "t73".*
            EXCLUDE ("_cat_found")
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
              "t72"."_cat1_until",
              "t72"."_cat_found",
              COALESCE("t72"."_cat_found", "t72"."sickness_category") AS "category_in_force"
            FROM (
              SELECT
                "t71".*
                EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
              FROM (
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
                  "t66"."_cat1_until",
                  "t70"."person_id" AS "person_id_right",
                  "t70"."benefit" AS "benefit_right",
                  "t70"."start_date" AS "start_date_right",
                  "t70"."_cat_found"
                FROM (
                  SELECT
                    "t63"."person_id",
                    "t63"."benefit",
                    "t63"."_key" AS "start_date",
                    CASE
                      WHEN "t63"."_end" = MAKE_DATE(9999, 12, 31)
                      THEN CAST(NULL AS DATE)
                      ELSE "t63"."_end"
                    END AS "end_date",
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
                    COALESCE("t63"."first_absence_date", "t63"."_key") AS "window_start",
                    CAST(CAST(COALESCE("t63"."first_absence_date", "t63"."_key") + TO_DAYS(
                      (
                        COALESCE(
                          CASE
                            WHEN COALESCE("t63"."first_absence_date", "t63"."_key") >= MAKE_DATE(2015, 1, 1)
                            THEN 8
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        ) * 7
                      ) - 1
                    ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                  FROM "t62" AS "t63"
                  WHERE
                    "t63"."benefit" IN ('sygedagpenge')
                ) AS "t66"
                LEFT OUTER JOIN (
                  SELECT
                    "t68"."person_id",
                    "t68"."benefit",
                    "t68"."start_date",
                    FIRST("t68"."_cat" ORDER BY "t68"."_from" DESC) AS "_cat_found"
                  FROM (
                    SELECT
                      "t67"."person_id",
                      "t67"."benefit",
                      "t67"."start_date",
                      "t67"."_day",
                      "t67"."_last",
                      "t8"."_pid",
                      "t8"."_from",
                      "t8"."_cat"
                    FROM (
                      SELECT
                        "t63"."person_id",
                        "t63"."benefit",
                        "t63"."_key" AS "start_date",
                        CAST(CAST(COALESCE("t63"."first_absence_date", "t63"."_key") + TO_DAYS(
                          (
                            COALESCE(
                              CASE
                                WHEN COALESCE("t63"."first_absence_date", "t63"."_key") >= MAKE_DATE(2015, 1, 1)
                                THEN 8
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            ) * 7
                          ) - 1
                        ) AS TIMESTAMP) AS DATE) AS "_day",
                        CASE
                          WHEN "t63"."_end" = MAKE_DATE(9999, 12, 31)
                          THEN CAST(NULL AS DATE)
                          ELSE "t63"."_end"
                        END AS "_last"
                      FROM "t62" AS "t63"
                      WHERE
                        "t63"."benefit" IN ('sygedagpenge')
                    ) AS "t67"
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
                      ON "t67"."person_id" = "t8"."_pid"
                      AND "t8"."_from" >= "t67"."start_date"
                      AND "t8"."_from" <= "t67"."_day"
                      AND (
                        (
                          "t67"."_last" IS NULL
                        ) OR (
                          "t8"."_from" <= "t67"."_last"
                        )
                      )
                  ) AS "t68"
                  GROUP BY
                    1,
                    2,
                    3
                ) AS "t70"
                  ON "t66"."person_id" = "t70"."person_id"
                  AND "t66"."benefit" = "t70"."benefit"
                  AND "t66"."start_date" = "t70"."start_date"
              ) AS "t71"
            ) AS "t72"
          ) AS "t73"
        ) AS "t74"
      ) AS "t75"
    ) AS "t76"
  ) AS "t79"
    ON "t97"."person_id" = "t79"."person_id"
    AND "t97"."benefit" = "t79"."benefit"
    AND "t97"."start_date" = "t79"."start_date"
)
SELECT
  "t122"."person_id",
  "t122"."benefit",
  'sick_followups' AS "kind",
  'sick_followups' AS "rule_id",
  '1.1.0' AS "rule_version",
  CASE
    WHEN "t122"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'OP Academy – Nye regler i beskæftigelsesindsatsen (mindst én samtale det første halve år); Sygedagpengeloven § 12 som ændret ved L 66 (2025-26), § 3 nr. 8'
    WHEN "t122"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'Sygedagpengeloven § 13 b, stk. 1 (mindst fire gange inden for det første halve år)'
    WHEN "t122"."window_start" >= MAKE_DATE(2015, 1, 1)
    THEN 'STAR – Sygedagpengeopfølgning (opfølgning mindst hver 4. uge)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t122"."window_start",
  CASE
    WHEN COALESCE("t122"."is_applicable", FALSE)
    THEN "t122"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t122"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t122"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t122"."fulfilled_date" <= "t122"."due_date"
    )
    THEN 'met'
    WHEN "t122"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t122"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t122"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t122"."is_applicable", FALSE)
    THEN "t122"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t122"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t122"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t122"."fulfilled_date" > "t122"."due_date"
    )
    THEN DATE_DIFF('DAY', "t122"."due_date", "t122"."fulfilled_date")
    WHEN NOT (
      "t122"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t122"."is_exempt", FALSE)
    )
    AND (
      "t122"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t122"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t122"."is_applicable", FALSE)
              THEN "t122"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t122"."window_start"
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
              WHEN COALESCE("t122"."is_applicable", FALSE)
              THEN "t122"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t122"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'sick_followups'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. ' || COALESCE("t122"."evidence", '')
    ELSE COALESCE("t122"."evidence", '')
  END AS "evidence"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t118"."person_id",
      "t118"."benefit",
      "t118"."window_start",
      "t118"."due_date",
      "t118"."fulfilled_date",
      CASE
        WHEN CASE
          WHEN "t118"."exemption_applies"
          THEN 'fritaget ' || CAST("t118"."exemption_start" AS TEXT) || '–' || CAST("t118"."exemption_end" AS TEXT) || ' (' || "t118"."exemption_reason" || '), fristen forlænget'
          ELSE ''
        END = ''
        THEN CASE
          WHEN CASE
            WHEN CASE
              WHEN "t118"."category_exempt"
              THEN 'visitationskategori ' || "t118"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t118"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" < CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t118"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END <> ''
            THEN CASE
              WHEN "t118"."category_exempt"
              THEN 'visitationskategori ' || "t118"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t118"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" < CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t118"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END
            WHEN COALESCE(
              COALESCE("t118"."employed", FALSE)
              AND (
                CASE
                  WHEN "t118"."due_date" >= MAKE_DATE(2025, 1, 1)
                  THEN 13
                  WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t118"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t118"."first_held" IS NOT NULL
              )
              AND (
                CAST(CAST("t118"."window_start" + TO_DAYS(COALESCE("t118"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t118"."first_held" + TO_DAYS(
                  (
                    COALESCE(
                      CASE
                        WHEN "t118"."due_date" >= MAKE_DATE(2025, 1, 1)
                        THEN 13
                        WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
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
            THEN '§ 13 f: forventet raskmeldt ' || CAST(CAST(CAST("t118"."window_start" + TO_DAYS(COALESCE("t118"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) AS TEXT) || ', senest ved udgangen af uge 13 efter første opfølgning ' || CAST("t118"."first_held" AS TEXT)
            WHEN (
              "t118"."end_date" IS NOT NULL
            )
            AND (
              "t118"."end_date" < "t118"."due_date"
            )
            AND (
              "t118"."fulfilled_date" IS NULL
            )
            THEN 'sygedagpengeforløbet sluttede ' || CAST("t118"."end_date" AS TEXT) || ' før fristen; ' || CAST(COALESCE("t118"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t118"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t118"."held_dates" IS NOT NULL
              THEN ': ' || "t118"."held_dates"
              ELSE ''
            END
            ELSE CAST(COALESCE("t118"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t118"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t118"."held_dates" IS NOT NULL
              THEN ': ' || "t118"."held_dates"
              ELSE ''
            END
          END = ''
          THEN "t118"."category_note"
          WHEN "t118"."category_note" = ''
          THEN CASE
            WHEN CASE
              WHEN "t118"."category_exempt"
              THEN 'visitationskategori ' || "t118"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t118"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" < CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t118"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END <> ''
            THEN CASE
              WHEN "t118"."category_exempt"
              THEN 'visitationskategori ' || "t118"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t118"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" < CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t118"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END
            WHEN COALESCE(
              COALESCE("t118"."employed", FALSE)
              AND (
                CASE
                  WHEN "t118"."due_date" >= MAKE_DATE(2025, 1, 1)
                  THEN 13
                  WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t118"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t118"."first_held" IS NOT NULL
              )
              AND (
                CAST(CAST("t118"."window_start" + TO_DAYS(COALESCE("t118"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t118"."first_held" + TO_DAYS(
                  (
                    COALESCE(
                      CASE
                        WHEN "t118"."due_date" >= MAKE_DATE(2025, 1, 1)
                        THEN 13
                        WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
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
            THEN '§ 13 f: forventet raskmeldt ' || CAST(CAST(CAST("t118"."window_start" + TO_DAYS(COALESCE("t118"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) AS TEXT) || ', senest ved udgangen af uge 13 efter første opfølgning ' || CAST("t118"."first_held" AS TEXT)
            WHEN (
              "t118"."end_date" IS NOT NULL
            )
            AND (
              "t118"."end_date" < "t118"."due_date"
            )
            AND (
              "t118"."fulfilled_date" IS NULL
            )
            THEN 'sygedagpengeforløbet sluttede ' || CAST("t118"."end_date" AS TEXT) || ' før fristen; ' || CAST(COALESCE("t118"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t118"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t118"."held_dates" IS NOT NULL
              THEN ': ' || "t118"."held_dates"
              ELSE ''
            END
            ELSE CAST(COALESCE("t118"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t118"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t118"."held_dates" IS NOT NULL
              THEN ': ' || "t118"."held_dates"
              ELSE ''
            END
          END
          ELSE "t118"."category_note" || '; ' || CASE
            WHEN CASE
              WHEN "t118"."category_exempt"
              THEN 'visitationskategori ' || "t118"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t118"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" < CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t118"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END <> ''
            THEN CASE
              WHEN "t118"."category_exempt"
              THEN 'visitationskategori ' || "t118"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t118"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" < CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t118"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END
            WHEN COALESCE(
              COALESCE("t118"."employed", FALSE)
              AND (
                CASE
                  WHEN "t118"."due_date" >= MAKE_DATE(2025, 1, 1)
                  THEN 13
                  WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t118"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t118"."first_held" IS NOT NULL
              )
              AND (
                CAST(CAST("t118"."window_start" + TO_DAYS(COALESCE("t118"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t118"."first_held" + TO_DAYS(
                  (
                    COALESCE(
                      CASE
                        WHEN "t118"."due_date" >= MAKE_DATE(2025, 1, 1)
                        THEN 13
                        WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
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
            THEN '§ 13 f: forventet raskmeldt ' || CAST(CAST(CAST("t118"."window_start" + TO_DAYS(COALESCE("t118"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) AS TEXT) || ', senest ved udgangen af uge 13 efter første opfølgning ' || CAST("t118"."first_held" AS TEXT)
            WHEN (
              "t118"."end_date" IS NOT NULL
            )
            AND (
              "t118"."end_date" < "t118"."due_date"
            )
            AND (
              "t118"."fulfilled_date" IS NULL
            )
            THEN 'sygedagpengeforløbet sluttede ' || CAST("t118"."end_date" AS TEXT) || ' før fristen; ' || CAST(COALESCE("t118"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t118"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t118"."held_dates" IS NOT NULL
              THEN ': ' || "t118"."held_dates"
              ELSE ''
            END
            ELSE CAST(COALESCE("t118"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t118"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t118"."held_dates" IS NOT NULL
              THEN ': ' || "t118"."held_dates"
              ELSE ''
            END
          END
        END
        WHEN CASE
          WHEN CASE
            WHEN CASE
              WHEN "t118"."category_exempt"
              THEN 'visitationskategori ' || "t118"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t118"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" < CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t118"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END <> ''
            THEN CASE
              WHEN "t118"."category_exempt"
              THEN 'visitationskategori ' || "t118"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t118"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" < CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t118"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END
            WHEN COALESCE(
              COALESCE("t118"."employed", FALSE)
              AND (
                CASE
                  WHEN "t118"."due_date" >= MAKE_DATE(2025, 1, 1)
                  THEN 13
                  WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t118"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t118"."first_held" IS NOT NULL
              )
              AND (
                CAST(CAST("t118"."window_start" + TO_DAYS(COALESCE("t118"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t118"."first_held" + TO_DAYS(
                  (
                    COALESCE(
                      CASE
                        WHEN "t118"."due_date" >= MAKE_DATE(2025, 1, 1)
                        THEN 13
                        WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
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
            THEN '§ 13 f: forventet raskmeldt ' || CAST(CAST(CAST("t118"."window_start" + TO_DAYS(COALESCE("t118"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) AS TEXT) || ', senest ved udgangen af uge 13 efter første opfølgning ' || CAST("t118"."first_held" AS TEXT)
            WHEN (
              "t118"."end_date" IS NOT NULL
            )
            AND (
              "t118"."end_date" < "t118"."due_date"
            )
            AND (
              "t118"."fulfilled_date" IS NULL
            )
            THEN 'sygedagpengeforløbet sluttede ' || CAST("t118"."end_date" AS TEXT) || ' før fristen; ' || CAST(COALESCE("t118"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t118"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t118"."held_dates" IS NOT NULL
              THEN ': ' || "t118"."held_dates"
              ELSE ''
            END
            ELSE CAST(COALESCE("t118"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t118"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t118"."held_dates" IS NOT NULL
              THEN ': ' || "t118"."held_dates"
              ELSE ''
            END
          END = ''
          THEN "t118"."category_note"
          WHEN "t118"."category_note" = ''
          THEN CASE
            WHEN CASE
              WHEN "t118"."category_exempt"
              THEN 'visitationskategori ' || "t118"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t118"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" < CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t118"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END <> ''
            THEN CASE
              WHEN "t118"."category_exempt"
              THEN 'visitationskategori ' || "t118"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t118"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" < CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t118"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END
            WHEN COALESCE(
              COALESCE("t118"."employed", FALSE)
              AND (
                CASE
                  WHEN "t118"."due_date" >= MAKE_DATE(2025, 1, 1)
                  THEN 13
                  WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t118"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t118"."first_held" IS NOT NULL
              )
              AND (
                CAST(CAST("t118"."window_start" + TO_DAYS(COALESCE("t118"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t118"."first_held" + TO_DAYS(
                  (
                    COALESCE(
                      CASE
                        WHEN "t118"."due_date" >= MAKE_DATE(2025, 1, 1)
                        THEN 13
                        WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
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
            THEN '§ 13 f: forventet raskmeldt ' || CAST(CAST(CAST("t118"."window_start" + TO_DAYS(COALESCE("t118"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) AS TEXT) || ', senest ved udgangen af uge 13 efter første opfølgning ' || CAST("t118"."first_held" AS TEXT)
            WHEN (
              "t118"."end_date" IS NOT NULL
            )
            AND (
              "t118"."end_date" < "t118"."due_date"
            )
            AND (
              "t118"."fulfilled_date" IS NULL
            )
            THEN 'sygedagpengeforløbet sluttede ' || CAST("t118"."end_date" AS TEXT) || ' før fristen; ' || CAST(COALESCE("t118"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t118"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t118"."held_dates" IS NOT NULL
              THEN ': ' || "t118"."held_dates"
              ELSE ''
            END
            ELSE CAST(COALESCE("t118"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t118"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t118"."held_dates" IS NOT NULL
              THEN ': ' || "t118"."held_dates"
              ELSE ''
            END
          END
          ELSE "t118"."category_note" || '; ' || CASE
            WHEN CASE
              WHEN "t118"."category_exempt"
              THEN 'visitationskategori ' || "t118"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t118"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" < CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t118"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END <> ''
            THEN CASE
              WHEN "t118"."category_exempt"
              THEN 'visitationskategori ' || "t118"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t118"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" < CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t118"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END
            WHEN COALESCE(
              COALESCE("t118"."employed", FALSE)
              AND (
                CASE
                  WHEN "t118"."due_date" >= MAKE_DATE(2025, 1, 1)
                  THEN 13
                  WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t118"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t118"."first_held" IS NOT NULL
              )
              AND (
                CAST(CAST("t118"."window_start" + TO_DAYS(COALESCE("t118"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t118"."first_held" + TO_DAYS(
                  (
                    COALESCE(
                      CASE
                        WHEN "t118"."due_date" >= MAKE_DATE(2025, 1, 1)
                        THEN 13
                        WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
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
            THEN '§ 13 f: forventet raskmeldt ' || CAST(CAST(CAST("t118"."window_start" + TO_DAYS(COALESCE("t118"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) AS TEXT) || ', senest ved udgangen af uge 13 efter første opfølgning ' || CAST("t118"."first_held" AS TEXT)
            WHEN (
              "t118"."end_date" IS NOT NULL
            )
            AND (
              "t118"."end_date" < "t118"."due_date"
            )
            AND (
              "t118"."fulfilled_date" IS NULL
            )
            THEN 'sygedagpengeforløbet sluttede ' || CAST("t118"."end_date" AS TEXT) || ' før fristen; ' || CAST(COALESCE("t118"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t118"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t118"."held_dates" IS NOT NULL
              THEN ': ' || "t118"."held_dates"
              ELSE ''
            END
            ELSE CAST(COALESCE("t118"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t118"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t118"."held_dates" IS NOT NULL
              THEN ': ' || "t118"."held_dates"
              ELSE ''
            END
          END
        END = ''
        THEN CASE
          WHEN "t118"."exemption_applies"
          THEN 'fritaget ' || CAST("t118"."exemption_start" AS TEXT) || '–' || CAST("t118"."exemption_end" AS TEXT) || ' (' || "t118"."exemption_reason" || '), fristen forlænget'
          ELSE ''
        END
        ELSE CASE
          WHEN CASE
            WHEN CASE
              WHEN "t118"."category_exempt"
              THEN 'visitationskategori ' || "t118"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t118"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" < CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t118"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END <> ''
            THEN CASE
              WHEN "t118"."category_exempt"
              THEN 'visitationskategori ' || "t118"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t118"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" < CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t118"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END
            WHEN COALESCE(
              COALESCE("t118"."employed", FALSE)
              AND (
                CASE
                  WHEN "t118"."due_date" >= MAKE_DATE(2025, 1, 1)
                  THEN 13
                  WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t118"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t118"."first_held" IS NOT NULL
              )
              AND (
                CAST(CAST("t118"."window_start" + TO_DAYS(COALESCE("t118"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t118"."first_held" + TO_DAYS(
                  (
                    COALESCE(
                      CASE
                        WHEN "t118"."due_date" >= MAKE_DATE(2025, 1, 1)
                        THEN 13
                        WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
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
            THEN '§ 13 f: forventet raskmeldt ' || CAST(CAST(CAST("t118"."window_start" + TO_DAYS(COALESCE("t118"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) AS TEXT) || ', senest ved udgangen af uge 13 efter første opfølgning ' || CAST("t118"."first_held" AS TEXT)
            WHEN (
              "t118"."end_date" IS NOT NULL
            )
            AND (
              "t118"."end_date" < "t118"."due_date"
            )
            AND (
              "t118"."fulfilled_date" IS NULL
            )
            THEN 'sygedagpengeforløbet sluttede ' || CAST("t118"."end_date" AS TEXT) || ' før fristen; ' || CAST(COALESCE("t118"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t118"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t118"."held_dates" IS NOT NULL
              THEN ': ' || "t118"."held_dates"
              ELSE ''
            END
            ELSE CAST(COALESCE("t118"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t118"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t118"."held_dates" IS NOT NULL
              THEN ': ' || "t118"."held_dates"
              ELSE ''
            END
          END = ''
          THEN "t118"."category_note"
          WHEN "t118"."category_note" = ''
          THEN CASE
            WHEN CASE
              WHEN "t118"."category_exempt"
              THEN 'visitationskategori ' || "t118"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t118"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" < CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t118"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END <> ''
            THEN CASE
              WHEN "t118"."category_exempt"
              THEN 'visitationskategori ' || "t118"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t118"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" < CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t118"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END
            WHEN COALESCE(
              COALESCE("t118"."employed", FALSE)
              AND (
                CASE
                  WHEN "t118"."due_date" >= MAKE_DATE(2025, 1, 1)
                  THEN 13
                  WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t118"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t118"."first_held" IS NOT NULL
              )
              AND (
                CAST(CAST("t118"."window_start" + TO_DAYS(COALESCE("t118"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t118"."first_held" + TO_DAYS(
                  (
                    COALESCE(
                      CASE
                        WHEN "t118"."due_date" >= MAKE_DATE(2025, 1, 1)
                        THEN 13
                        WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
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
            THEN '§ 13 f: forventet raskmeldt ' || CAST(CAST(CAST("t118"."window_start" + TO_DAYS(COALESCE("t118"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) AS TEXT) || ', senest ved udgangen af uge 13 efter første opfølgning ' || CAST("t118"."first_held" AS TEXT)
            WHEN (
              "t118"."end_date" IS NOT NULL
            )
            AND (
              "t118"."end_date" < "t118"."due_date"
            )
            AND (
              "t118"."fulfilled_date" IS NULL
            )
            THEN 'sygedagpengeforløbet sluttede ' || CAST("t118"."end_date" AS TEXT) || ' før fristen; ' || CAST(COALESCE("t118"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t118"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t118"."held_dates" IS NOT NULL
              THEN ': ' || "t118"."held_dates"
              ELSE ''
            END
            ELSE CAST(COALESCE("t118"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t118"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t118"."held_dates" IS NOT NULL
              THEN ': ' || "t118"."held_dates"
              ELSE ''
            END
          END
          ELSE "t118"."category_note" || '; ' || CASE
            WHEN CASE
              WHEN "t118"."category_exempt"
              THEN 'visitationskategori ' || "t118"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t118"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" < CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t118"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END <> ''
            THEN CASE
              WHEN "t118"."category_exempt"
              THEN 'visitationskategori ' || "t118"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              WHEN COALESCE(
                COALESCE("t118"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t118"."expected_absence_weeks" < CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t118"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
              ELSE ''
            END
            WHEN COALESCE(
              COALESCE("t118"."employed", FALSE)
              AND (
                CASE
                  WHEN "t118"."due_date" >= MAKE_DATE(2025, 1, 1)
                  THEN 13
                  WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t118"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t118"."first_held" IS NOT NULL
              )
              AND (
                CAST(CAST("t118"."window_start" + TO_DAYS(COALESCE("t118"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t118"."first_held" + TO_DAYS(
                  (
                    COALESCE(
                      CASE
                        WHEN "t118"."due_date" >= MAKE_DATE(2025, 1, 1)
                        THEN 13
                        WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
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
            THEN '§ 13 f: forventet raskmeldt ' || CAST(CAST(CAST("t118"."window_start" + TO_DAYS(COALESCE("t118"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) AS TEXT) || ', senest ved udgangen af uge 13 efter første opfølgning ' || CAST("t118"."first_held" AS TEXT)
            WHEN (
              "t118"."end_date" IS NOT NULL
            )
            AND (
              "t118"."end_date" < "t118"."due_date"
            )
            AND (
              "t118"."fulfilled_date" IS NULL
            )
            THEN 'sygedagpengeforløbet sluttede ' || CAST("t118"."end_date" AS TEXT) || ' før fristen; ' || CAST(COALESCE("t118"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t118"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t118"."held_dates" IS NOT NULL
              THEN ': ' || "t118"."held_dates"
              ELSE ''
            END
            ELSE CAST(COALESCE("t118"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t118"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE
              WHEN "t118"."held_dates" IS NOT NULL
              THEN ': ' || "t118"."held_dates"
              ELSE ''
            END
          END
        END || '; ' || CASE
          WHEN "t118"."exemption_applies"
          THEN 'fritaget ' || CAST("t118"."exemption_start" AS TEXT) || '–' || CAST("t118"."exemption_end" AS TEXT) || ' (' || "t118"."exemption_reason" || '), fristen forlænget'
          ELSE ''
        END
      END AS "evidence",
      (
        CASE
          WHEN "t118"."category_exempt"
          THEN 'visitationskategori ' || "t118"."category_in_force" || ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
          WHEN COALESCE(
            COALESCE("t118"."employed", FALSE)
            AND (
              CASE
                WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                THEN 26
                WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END IS NOT NULL
            )
            AND (
              "t118"."expected_absence_weeks" IS NOT NULL
            )
            AND (
              "t118"."expected_absence_weeks" < CASE
                WHEN "t118"."due_date" >= MAKE_DATE(2026, 7, 1)
                THEN 26
                WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END
            ),
            FALSE
          )
          THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t118"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
          ELSE ''
        END = ''
      )
      AND NOT (
        COALESCE(
          COALESCE("t118"."employed", FALSE)
          AND (
            CASE
              WHEN "t118"."due_date" >= MAKE_DATE(2025, 1, 1)
              THEN 13
              WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
              THEN CAST(NULL AS BIGINT)
              ELSE CAST(NULL AS BIGINT)
            END IS NOT NULL
          )
          AND (
            "t118"."expected_absence_weeks" IS NOT NULL
          )
          AND (
            "t118"."first_held" IS NOT NULL
          )
          AND (
            CAST(CAST("t118"."window_start" + TO_DAYS(COALESCE("t118"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t118"."first_held" + TO_DAYS(
              (
                COALESCE(
                  CASE
                    WHEN "t118"."due_date" >= MAKE_DATE(2025, 1, 1)
                    THEN 13
                    WHEN "t118"."due_date" >= MAKE_DATE(2015, 1, 1)
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
          "t118"."end_date" IS NOT NULL
        )
        AND (
          "t118"."end_date" < "t118"."due_date"
        )
        AND (
          "t118"."fulfilled_date" IS NULL
        )
      ) AS "is_applicable",
      "t118"."exemption_applies"
      AND (
        CAST($as_of AS DATE) <= "t118"."exemption_end"
      ) AS "is_exempt"
    FROM (
      SELECT
        "t116".*
        EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
      FROM (
        SELECT
          "t102"."person_id",
          "t102"."benefit",
          "t102"."start_date",
          "t102"."end_date",
          "t102"."first_contact_date",
          "t102"."target_group",
          "t102"."first_absence_date",
          "t102"."sickness_category",
          "t102"."employed",
          "t102"."handover_date",
          "t102"."expected_absence_weeks",
          "t102"."work_obligation",
          "t102"."municipality",
          "t102"."early_followup_request_date",
          "t102"."education_order",
          "t102"."periods",
          "t102"."window_start",
          "t102"."category_in_force",
          "t102"."category_exempt",
          "t102"."category_note",
          "t102"."_need",
          "t102"."due0",
          "t102"."exemption_start",
          "t102"."exemption_end",
          "t102"."exemption_reason",
          "t102"."due_date",
          "t102"."exemption_applies",
          "t114"."person_id" AS "person_id_right",
          "t114"."benefit" AS "benefit_right",
          "t114"."start_date" AS "start_date_right",
          "t114"."fulfilled_date",
          "t114"."first_held",
          "t114"."n_by_due",
          "t114"."held_dates"
        FROM (
          SELECT
            "t95"."person_id",
            "t95"."benefit",
            "t95"."start_date",
            "t95"."end_date",
            "t95"."first_contact_date",
            "t95"."target_group",
            "t95"."first_absence_date",
            "t95"."sickness_category",
            "t95"."employed",
            "t95"."handover_date",
            "t95"."expected_absence_weeks",
            "t95"."work_obligation",
            "t95"."municipality",
            "t95"."early_followup_request_date",
            "t95"."education_order",
            "t95"."periods",
            "t95"."window_start",
            "t95"."category_in_force",
            "t95"."category_exempt",
            "t95"."category_note",
            "t95"."_need",
            "t95"."due0",
            "t95"."exemption_start",
            "t95"."exemption_end",
            "t95"."exemption_reason",
            CASE
              WHEN (
                "t95"."exemption_end" IS NOT NULL
              )
              AND COALESCE(
                CASE
                  WHEN "t95"."window_start" >= MAKE_DATE(2015, 1, 1)
                  THEN TRUE
                  ELSE CAST(NULL AS BOOLEAN)
                END,
                FALSE
              )
              THEN CAST(CAST("t95"."exemption_end" + TO_DAYS(
                DATE_DIFF('DAY', GREATEST("t95"."exemption_start", "t95"."window_start"), "t95"."due0") + 1
              ) AS TIMESTAMP) AS DATE)
              ELSE "t95"."due0"
            END AS "due_date",
            (
              "t95"."exemption_end" IS NOT NULL
            )
            AND COALESCE(
              CASE
                WHEN "t95"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN TRUE
                ELSE CAST(NULL AS BOOLEAN)
              END,
              FALSE
            ) AS "exemption_applies"
          FROM (
            SELECT
              "t94".*
              EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                "t84"."_need",
                "t84"."due0",
                "t92"."person_id" AS "person_id_right",
                "t92"."benefit" AS "benefit_right",
                "t92"."start_date" AS "start_date_right",
                "t92"."exemption_start",
                "t92"."exemption_end",
                "t92"."exemption_reason"
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
                  "t76"."category_in_force",
                  "t76"."category_exempt",
                  "t76"."category_note",
                  CASE
                    WHEN "t76"."window_start" >= MAKE_DATE(2026, 7, 1)
                    THEN 1
                    WHEN "t76"."window_start" >= MAKE_DATE(2020, 1, 1)
                    THEN 4
                    WHEN "t76"."window_start" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END AS "_need",
                  CAST(CAST(CAST(CAST("t76"."window_start" + TO_MONTHS(
                    COALESCE(
                      CASE
                        WHEN "t76"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN 6
                        ELSE CAST(NULL AS BIGINT)
                      END,
                      0
                    )
                  ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                FROM (
                  SELECT
                    "t75".*
                    EXCLUDE ("_cat1_until")
                  FROM (
                    SELECT
                      "t74"."person_id",
                      "t74"."benefit",
                      "t74"."start_date",
                      "t74"."end_date",
                      "t74"."first_contact_date",
                      "t74"."target_group",
                      "t74"."first_absence_date",
                      "t74"."sickness_category",
                      "t74"."employed",
                      "t74"."handover_date",
                      "t74"."expected_absence_weeks",
                      "t74"."work_obligation",
                      "t74"."municipality",
                      "t74"."early_followup_request_date",
                      "t74"."education_order",
                      "t74"."periods",
                      "t74"."window_start",
                      "t74"."_cat1_until",
                      "t74"."category_in_force",
                      COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t74"."window_start" >= MAKE_DATE(2025, 1, 1)
                            THEN ['1']
                            WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN ['1']
                            ELSE CAST(NULL AS TEXT[])
                          END,
                          "t74"."category_in_force"
                        ),
                        FALSE
                      )
                      AND (
                        (
                          CASE
                            WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN 8
                            ELSE CAST(NULL AS BIGINT)
                          END IS NULL
                        )
                        OR (
                          (
                            "t74"."end_date" IS NOT NULL
                          )
                          AND (
                            "t74"."end_date" <= "t74"."_cat1_until"
                          )
                        )
                      ) AS "category_exempt",
                      CASE
                        WHEN NOT (
                          COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t74"."window_start" >= MAKE_DATE(2025, 1, 1)
                                THEN ['1']
                                WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN ['1']
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              "t74"."category_in_force"
                            ),
                            FALSE
                          )
                        )
                        OR (
                          CASE
                            WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN 8
                            ELSE CAST(NULL AS BIGINT)
                          END IS NULL
                        )
                        OR (
                          (
                            "t74"."end_date" IS NOT NULL
                          )
                          AND (
                            "t74"."end_date" <= "t74"."_cat1_until"
                          )
                        )
                        THEN ''
                        WHEN CAST($as_of AS DATE) <= "t74"."_cat1_until"
                        THEN 'kategori ' || "t74"."category_in_force" || ': opfølgningssamtale og revisitation, hvis fraværet varer ud over ' || CAST(CASE
                          WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                          THEN 8
                          ELSE CAST(NULL AS BIGINT)
                        END AS TEXT) || ' uger (§ 13 a, stk. 1)'
                        ELSE 'kategori ' || "t74"."category_in_force" || ' og fraværet varer ud over ' || CAST(CASE
                          WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                          THEN 8
                          ELSE CAST(NULL AS BIGINT)
                        END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
                      END AS "category_note"
                    FROM (
                      SELECT
                        "t73".*
                        EXCLUDE ("_cat_found")
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
                          "t72"."_cat1_until",
                          "t72"."_cat_found",
                          COALESCE("t72"."_cat_found", "t72"."sickness_category") AS "category_in_force"
                        FROM (
                          SELECT
                            "t71".*
                            EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                          FROM (
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
                              "t66"."_cat1_until",
                              "t70"."person_id" AS "person_id_right",
                              "t70"."benefit" AS "benefit_right",
                              "t70"."start_date" AS "start_date_right",
                              "t70"."_cat_found"
                            FROM (
                              SELECT
                                "t63"."person_id",
                                "t63"."benefit",
                                "t63"."_key" AS "start_date",
                                CASE
                                  WHEN "t63"."_end" = MAKE_DATE(9999, 12, 31)
                                  THEN CAST(NULL AS DATE)
                                  ELSE "t63"."_end"
                                END AS "end_date",
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
                                COALESCE("t63"."first_absence_date", "t63"."_key") AS "window_start",
                                CAST(CAST(COALESCE("t63"."first_absence_date", "t63"."_key") + TO_DAYS(
                                  (
                                    COALESCE(
                                      CASE
                                        WHEN COALESCE("t63"."first_absence_date", "t63"."_key") >= MAKE_DATE(2015, 1, 1)
                                        THEN 8
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) * 7
                                  ) - 1
                                ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                              FROM "t62" AS "t63"
                              WHERE
                                "t63"."benefit" IN ('sygedagpenge')
                            ) AS "t66"
                            LEFT OUTER JOIN (
                              SELECT
                                "t68"."person_id",
                                "t68"."benefit",
                                "t68"."start_date",
                                FIRST("t68"."_cat" ORDER BY "t68"."_from" DESC) AS "_cat_found"
                              FROM (
                                SELECT
                                  "t67"."person_id",
                                  "t67"."benefit",
                                  "t67"."start_date",
                                  "t67"."_day",
                                  "t67"."_last",
                                  "t8"."_pid",
                                  "t8"."_from",
                                  "t8"."_cat"
                                FROM (
                                  SELECT
                                    "t63"."person_id",
                                    "t63"."benefit",
                                    "t63"."_key" AS "start_date",
                                    CAST(CAST(COALESCE("t63"."first_absence_date", "t63"."_key") + TO_DAYS(
                                      (
                                        COALESCE(
                                          CASE
                                            WHEN COALESCE("t63"."first_absence_date", "t63"."_key") >= MAKE_DATE(2015, 1, 1)
                                            THEN 8
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        ) * 7
                                      ) - 1
                                    ) AS TIMESTAMP) AS DATE) AS "_day",
                                    CASE
                                      WHEN "t63"."_end" = MAKE_DATE(9999, 12, 31)
                                      THEN CAST(NULL AS DATE)
                                      ELSE "t63"."_end"
                                    END AS "_last"
                                  FROM "t62" AS "t63"
                                  WHERE
                                    "t63"."benefit" IN ('sygedagpenge')
                                ) AS "t67"
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
                                  ON "t67"."person_id" = "t8"."_pid"
                                  AND "t8"."_from" >= "t67"."start_date"
                                  AND "t8"."_from" <= "t67"."_day"
                                  AND (
                                    (
                                      "t67"."_last" IS NULL
                                    ) OR (
                                      "t8"."_from" <= "t67"."_last"
                                    )
                                  )
                              ) AS "t68"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t70"
                              ON "t66"."person_id" = "t70"."person_id"
                              AND "t66"."benefit" = "t70"."benefit"
                              AND "t66"."start_date" = "t70"."start_date"
                          ) AS "t71"
                        ) AS "t72"
                      ) AS "t73"
                    ) AS "t74"
                  ) AS "t75"
                ) AS "t76"
                WHERE
                  CASE
                    WHEN "t76"."window_start" >= MAKE_DATE(2026, 7, 1)
                    THEN 1
                    WHEN "t76"."window_start" >= MAKE_DATE(2020, 1, 1)
                    THEN 4
                    WHEN "t76"."window_start" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
              ) AS "t84"
              LEFT OUTER JOIN (
                SELECT
                  "t87"."person_id",
                  "t87"."benefit",
                  "t87"."start_date",
                  FIRST("t87"."_from" ORDER BY "t87"."_to" DESC) AS "exemption_start",
                  MAX("t87"."_to") AS "exemption_end",
                  FIRST("t87"."_reason" ORDER BY "t87"."_to" DESC) AS "exemption_reason"
                FROM (
                  SELECT
                    "t85"."person_id",
                    "t85"."benefit",
                    "t85"."start_date",
                    "t85"."_day",
                    "t6"."_pid",
                    "t6"."_from",
                    "t6"."_to",
                    "t6"."_reason"
                  FROM (
                    SELECT
                      "t76"."person_id",
                      "t76"."benefit",
                      "t76"."start_date",
                      CAST(CAST(CAST(CAST("t76"."window_start" + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t76"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN 6
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        )
                      ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "_day"
                    FROM (
                      SELECT
                        "t75".*
                        EXCLUDE ("_cat1_until")
                      FROM (
                        SELECT
                          "t74"."person_id",
                          "t74"."benefit",
                          "t74"."start_date",
                          "t74"."end_date",
                          "t74"."first_contact_date",
                          "t74"."target_group",
                          "t74"."first_absence_date",
                          "t74"."sickness_category",
                          "t74"."employed",
                          "t74"."handover_date",
                          "t74"."expected_absence_weeks",
                          "t74"."work_obligation",
                          "t74"."municipality",
                          "t74"."early_followup_request_date",
                          "t74"."education_order",
                          "t74"."periods",
                          "t74"."window_start",
                          "t74"."_cat1_until",
                          "t74"."category_in_force",
                          COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t74"."window_start" >= MAKE_DATE(2025, 1, 1)
                                THEN ['1']
                                WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN ['1']
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              "t74"."category_in_force"
                            ),
                            FALSE
                          )
                          AND (
                            (
                              CASE
                                WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN 8
                                ELSE CAST(NULL AS BIGINT)
                              END IS NULL
                            )
                            OR (
                              (
                                "t74"."end_date" IS NOT NULL
                              )
                              AND (
                                "t74"."end_date" <= "t74"."_cat1_until"
                              )
                            )
                          ) AS "category_exempt",
                          CASE
                            WHEN NOT (
                              COALESCE(
                                ARRAY_CONTAINS(
                                  CASE
                                    WHEN "t74"."window_start" >= MAKE_DATE(2025, 1, 1)
                                    THEN ['1']
                                    WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                                    THEN ['1']
                                    ELSE CAST(NULL AS TEXT[])
                                  END,
                                  "t74"."category_in_force"
                                ),
                                FALSE
                              )
                            )
                            OR (
                              CASE
                                WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN 8
                                ELSE CAST(NULL AS BIGINT)
                              END IS NULL
                            )
                            OR (
                              (
                                "t74"."end_date" IS NOT NULL
                              )
                              AND (
                                "t74"."end_date" <= "t74"."_cat1_until"
                              )
                            )
                            THEN ''
                            WHEN CAST($as_of AS DATE) <= "t74"."_cat1_until"
                            THEN 'kategori ' || "t74"."category_in_force" || ': opfølgningssamtale og revisitation, hvis fraværet varer ud over ' || CAST(CASE
                              WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                              THEN 8
                              ELSE CAST(NULL AS BIGINT)
                            END AS TEXT) || ' uger (§ 13 a, stk. 1)'
                            ELSE 'kategori ' || "t74"."category_in_force" || ' og fraværet varer ud over ' || CAST(CASE
                              WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                              THEN 8
                              ELSE CAST(NULL AS BIGINT)
                            END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
                          END AS "category_note"
                        FROM (
                          SELECT
                            "t73".*
                            EXCLUDE ("_cat_found")
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
                              "t72"."_cat1_until",
                              "t72"."_cat_found",
                              COALESCE("t72"."_cat_found", "t72"."sickness_category") AS "category_in_force"
                            FROM (
                              SELECT
                                "t71".*
                                EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                              FROM (
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
                                  "t66"."_cat1_until",
                                  "t70"."person_id" AS "person_id_right",
                                  "t70"."benefit" AS "benefit_right",
                                  "t70"."start_date" AS "start_date_right",
                                  "t70"."_cat_found"
                                FROM (
                                  SELECT
                                    "t63"."person_id",
                                    "t63"."benefit",
                                    "t63"."_key" AS "start_date",
                                    CASE
                                      WHEN "t63"."_end" = MAKE_DATE(9999, 12, 31)
                                      THEN CAST(NULL AS DATE)
                                      ELSE "t63"."_end"
                                    END AS "end_date",
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
                                    COALESCE("t63"."first_absence_date", "t63"."_key") AS "window_start",
                                    CAST(CAST(COALESCE("t63"."first_absence_date", "t63"."_key") + TO_DAYS(
                                      (
                                        COALESCE(
                                          CASE
                                            WHEN COALESCE("t63"."first_absence_date", "t63"."_key") >= MAKE_DATE(2015, 1, 1)
                                            THEN 8
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        ) * 7
                                      ) - 1
                                    ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                                  FROM "t62" AS "t63"
                                  WHERE
                                    "t63"."benefit" IN ('sygedagpenge')
                                ) AS "t66"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t68"."person_id",
                                    "t68"."benefit",
                                    "t68"."start_date",
                                    FIRST("t68"."_cat" ORDER BY "t68"."_from" DESC) AS "_cat_found"
                                  FROM (
                                    SELECT
                                      "t67"."person_id",
                                      "t67"."benefit",
                                      "t67"."start_date",
                                      "t67"."_day",
                                      "t67"."_last",
                                      "t8"."_pid",
                                      "t8"."_from",
                                      "t8"."_cat"
                                    FROM (
                                      SELECT
                                        "t63"."person_id",
                                        "t63"."benefit",
                                        "t63"."_key" AS "start_date",
                                        CAST(CAST(COALESCE("t63"."first_absence_date", "t63"."_key") + TO_DAYS(
                                          (
                                            COALESCE(
                                              CASE
                                                WHEN COALESCE("t63"."first_absence_date", "t63"."_key") >= MAKE_DATE(2015, 1, 1)
                                                THEN 8
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            ) * 7
                                          ) - 1
                                        ) AS TIMESTAMP) AS DATE) AS "_day",
                                        CASE
                                          WHEN "t63"."_end" = MAKE_DATE(9999, 12, 31)
                                          THEN CAST(NULL AS DATE)
                                          ELSE "t63"."_end"
                                        END AS "_last"
                                      FROM "t62" AS "t63"
                                      WHERE
                                        "t63"."benefit" IN ('sygedagpenge')
                                    ) AS "t67"
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
                                      ON "t67"."person_id" = "t8"."_pid"
                                      AND "t8"."_from" >= "t67"."start_date"
                                      AND "t8"."_from" <= "t67"."_day"
                                      AND (
                                        (
                                          "t67"."_last" IS NULL
                                        ) OR (
                                          "t8"."_from" <= "t67"."_last"
                                        )
                                      )
                                  ) AS "t68"
                                  GROUP BY
                                    1,
                                    2,
                                    3
                                ) AS "t70"
                                  ON "t66"."person_id" = "t70"."person_id"
                                  AND "t66"."benefit" = "t70"."benefit"
                                  AND "t66"."start_date" = "t70"."start_date"
                              ) AS "t71"
                            ) AS "t72"
                          ) AS "t73"
                        ) AS "t74"
                      ) AS "t75"
                    ) AS "t76"
                    WHERE
                      CASE
                        WHEN "t76"."window_start" >= MAKE_DATE(2026, 7, 1)
                        THEN 1
                        WHEN "t76"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN 4
                        WHEN "t76"."window_start" >= MAKE_DATE(2015, 1, 1)
                        THEN CAST(NULL AS BIGINT)
                        ELSE CAST(NULL AS BIGINT)
                      END IS NOT NULL
                  ) AS "t85"
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
                    ON "t85"."person_id" = "t6"."_pid"
                    AND "t6"."_from" <= "t85"."_day"
                    AND "t6"."_to" >= "t85"."_day"
                ) AS "t87"
                GROUP BY
                  1,
                  2,
                  3
              ) AS "t92"
                ON "t84"."person_id" = "t92"."person_id"
                AND "t84"."benefit" = "t92"."benefit"
                AND "t84"."start_date" = "t92"."start_date"
            ) AS "t94"
          ) AS "t95"
        ) AS "t102"
        LEFT OUTER JOIN (
          SELECT
            "t109"."person_id",
            "t109"."benefit",
            "t109"."start_date",
            MIN("t109"."date") FILTER(WHERE
              "t109"."_n" = "t109"."_need") AS "fulfilled_date",
            MIN("t109"."date") AS "first_held",
            COUNT(*) FILTER(WHERE
              "t109"."date" <= "t109"."due_date") AS "n_by_due",
            LISTAGG(CAST("t109"."date" AS TEXT), ', ' ORDER BY "t109"."date" ASC) AS "held_dates"
          FROM (
            SELECT
              "t104"."person_id",
              "t104"."benefit",
              "t104"."start_date",
              "t104"."date",
              "t104"."description",
              "t104"."_need",
              "t104"."due_date",
              (
                ROW_NUMBER() OVER (
                  PARTITION BY "t104"."person_id", "t104"."benefit", "t104"."start_date"
                  ORDER BY "t104"."date" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) - 1
              ) + 1 AS "_n"
            FROM (
              SELECT
                "t89"."person_id",
                "t89"."benefit",
                "t89"."start_date",
                "t89"."date",
                "t89"."description",
                "t103"."_need",
                "t103"."due_date"
              FROM "t86" AS "t89"
              INNER JOIN (
                SELECT
                  "t95"."person_id",
                  "t95"."benefit",
                  "t95"."start_date",
                  "t95"."_need",
                  CASE
                    WHEN (
                      "t95"."exemption_end" IS NOT NULL
                    )
                    AND COALESCE(
                      CASE
                        WHEN "t95"."window_start" >= MAKE_DATE(2015, 1, 1)
                        THEN TRUE
                        ELSE CAST(NULL AS BOOLEAN)
                      END,
                      FALSE
                    )
                    THEN CAST(CAST("t95"."exemption_end" + TO_DAYS(
                      DATE_DIFF('DAY', GREATEST("t95"."exemption_start", "t95"."window_start"), "t95"."due0") + 1
                    ) AS TIMESTAMP) AS DATE)
                    ELSE "t95"."due0"
                  END AS "due_date"
                FROM (
                  SELECT
                    "t94".*
                    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                      "t84"."_need",
                      "t84"."due0",
                      "t92"."person_id" AS "person_id_right",
                      "t92"."benefit" AS "benefit_right",
                      "t92"."start_date" AS "start_date_right",
                      "t92"."exemption_start",
                      "t92"."exemption_end",
                      "t92"."exemption_reason"
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
                        "t76"."category_in_force",
                        "t76"."category_exempt",
                        "t76"."category_note",
                        CASE
                          WHEN "t76"."window_start" >= MAKE_DATE(2026, 7, 1)
                          THEN 1
                          WHEN "t76"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 4
                          WHEN "t76"."window_start" >= MAKE_DATE(2015, 1, 1)
                          THEN CAST(NULL AS BIGINT)
                          ELSE CAST(NULL AS BIGINT)
                        END AS "_need",
                        CAST(CAST(CAST(CAST("t76"."window_start" + TO_MONTHS(
                          COALESCE(
                            CASE
                              WHEN "t76"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 6
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                      FROM (
                        SELECT
                          "t75".*
                          EXCLUDE ("_cat1_until")
                        FROM (
                          SELECT
                            "t74"."person_id",
                            "t74"."benefit",
                            "t74"."start_date",
                            "t74"."end_date",
                            "t74"."first_contact_date",
                            "t74"."target_group",
                            "t74"."first_absence_date",
                            "t74"."sickness_category",
                            "t74"."employed",
                            "t74"."handover_date",
                            "t74"."expected_absence_weeks",
                            "t74"."work_obligation",
                            "t74"."municipality",
                            "t74"."early_followup_request_date",
                            "t74"."education_order",
                            "t74"."periods",
                            "t74"."window_start",
                            "t74"."_cat1_until",
                            "t74"."category_in_force",
                            COALESCE(
                              ARRAY_CONTAINS(
                                CASE
                                  WHEN "t74"."window_start" >= MAKE_DATE(2025, 1, 1)
                                  THEN ['1']
                                  WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                                  THEN ['1']
                                  ELSE CAST(NULL AS TEXT[])
                                END,
                                "t74"."category_in_force"
                              ),
                              FALSE
                            )
                            AND (
                              (
                                CASE
                                  WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                                  THEN 8
                                  ELSE CAST(NULL AS BIGINT)
                                END IS NULL
                              )
                              OR (
                                (
                                  "t74"."end_date" IS NOT NULL
                                )
                                AND (
                                  "t74"."end_date" <= "t74"."_cat1_until"
                                )
                              )
                            ) AS "category_exempt",
                            CASE
                              WHEN NOT (
                                COALESCE(
                                  ARRAY_CONTAINS(
                                    CASE
                                      WHEN "t74"."window_start" >= MAKE_DATE(2025, 1, 1)
                                      THEN ['1']
                                      WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                                      THEN ['1']
                                      ELSE CAST(NULL AS TEXT[])
                                    END,
                                    "t74"."category_in_force"
                                  ),
                                  FALSE
                                )
                              )
                              OR (
                                CASE
                                  WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                                  THEN 8
                                  ELSE CAST(NULL AS BIGINT)
                                END IS NULL
                              )
                              OR (
                                (
                                  "t74"."end_date" IS NOT NULL
                                )
                                AND (
                                  "t74"."end_date" <= "t74"."_cat1_until"
                                )
                              )
                              THEN ''
                              WHEN CAST($as_of AS DATE) <= "t74"."_cat1_until"
                              THEN 'kategori ' || "t74"."category_in_force" || ': opfølgningssamtale og revisitation, hvis fraværet varer ud over ' || CAST(CASE
                                WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN 8
                                ELSE CAST(NULL AS BIGINT)
                              END AS TEXT) || ' uger (§ 13 a, stk. 1)'
                              ELSE 'kategori ' || "t74"."category_in_force" || ' og fraværet varer ud over ' || CAST(CASE
                                WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN 8
                                ELSE CAST(NULL AS BIGINT)
                              END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
                            END AS "category_note"
                          FROM (
                            SELECT
                              "t73".*
                              EXCLUDE ("_cat_found")
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
                                "t72"."_cat1_until",
                                "t72"."_cat_found",
                                COALESCE("t72"."_cat_found", "t72"."sickness_category") AS "category_in_force"
                              FROM (
                                SELECT
                                  "t71".*
                                  EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                                FROM (
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
                                    "t66"."_cat1_until",
                                    "t70"."person_id" AS "person_id_right",
                                    "t70"."benefit" AS "benefit_right",
                                    "t70"."start_date" AS "start_date_right",
                                    "t70"."_cat_found"
                                  FROM (
                                    SELECT
                                      "t63"."person_id",
                                      "t63"."benefit",
                                      "t63"."_key" AS "start_date",
                                      CASE
                                        WHEN "t63"."_end" = MAKE_DATE(9999, 12, 31)
                                        THEN CAST(NULL AS DATE)
                                        ELSE "t63"."_end"
                                      END AS "end_date",
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
                                      COALESCE("t63"."first_absence_date", "t63"."_key") AS "window_start",
                                      CAST(CAST(COALESCE("t63"."first_absence_date", "t63"."_key") + TO_DAYS(
                                        (
                                          COALESCE(
                                            CASE
                                              WHEN COALESCE("t63"."first_absence_date", "t63"."_key") >= MAKE_DATE(2015, 1, 1)
                                              THEN 8
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) * 7
                                        ) - 1
                                      ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                                    FROM "t62" AS "t63"
                                    WHERE
                                      "t63"."benefit" IN ('sygedagpenge')
                                  ) AS "t66"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t68"."person_id",
                                      "t68"."benefit",
                                      "t68"."start_date",
                                      FIRST("t68"."_cat" ORDER BY "t68"."_from" DESC) AS "_cat_found"
                                    FROM (
                                      SELECT
                                        "t67"."person_id",
                                        "t67"."benefit",
                                        "t67"."start_date",
                                        "t67"."_day",
                                        "t67"."_last",
                                        "t8"."_pid",
                                        "t8"."_from",
                                        "t8"."_cat"
                                      FROM (
                                        SELECT
                                          "t63"."person_id",
                                          "t63"."benefit",
                                          "t63"."_key" AS "start_date",
                                          CAST(CAST(COALESCE("t63"."first_absence_date", "t63"."_key") + TO_DAYS(
                                            (
                                              COALESCE(
                                                CASE
                                                  WHEN COALESCE("t63"."first_absence_date", "t63"."_key") >= MAKE_DATE(2015, 1, 1)
                                                  THEN 8
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) * 7
                                            ) - 1
                                          ) AS TIMESTAMP) AS DATE) AS "_day",
                                          CASE
                                            WHEN "t63"."_end" = MAKE_DATE(9999, 12, 31)
                                            THEN CAST(NULL AS DATE)
                                            ELSE "t63"."_end"
                                          END AS "_last"
                                        FROM "t62" AS "t63"
                                        WHERE
                                          "t63"."benefit" IN ('sygedagpenge')
                                      ) AS "t67"
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
                                        ON "t67"."person_id" = "t8"."_pid"
                                        AND "t8"."_from" >= "t67"."start_date"
                                        AND "t8"."_from" <= "t67"."_day"
                                        AND (
                                          (
                                            "t67"."_last" IS NULL
                                          ) OR (
                                            "t8"."_from" <= "t67"."_last"
                                          )
                                        )
                                    ) AS "t68"
                                    GROUP BY
                                      1,
                                      2,
                                      3
                                  ) AS "t70"
                                    ON "t66"."person_id" = "t70"."person_id"
                                    AND "t66"."benefit" = "t70"."benefit"
                                    AND "t66"."start_date" = "t70"."start_date"
                                ) AS "t71"
                              ) AS "t72"
                            ) AS "t73"
                          ) AS "t74"
                        ) AS "t75"
                      ) AS "t76"
                      WHERE
                        CASE
                          WHEN "t76"."window_start" >= MAKE_DATE(2026, 7, 1)
                          THEN 1
                          WHEN "t76"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 4
                          WHEN "t76"."window_start" >= MAKE_DATE(2015, 1, 1)
                          THEN CAST(NULL AS BIGINT)
                          ELSE CAST(NULL AS BIGINT)
                        END IS NOT NULL
                    ) AS "t84"
                    LEFT OUTER JOIN (
                      SELECT
                        "t87"."person_id",
                        "t87"."benefit",
                        "t87"."start_date",
                        FIRST("t87"."_from" ORDER BY "t87"."_to" DESC) AS "exemption_start",
                        MAX("t87"."_to") AS "exemption_end",
                        FIRST("t87"."_reason" ORDER BY "t87"."_to" DESC) AS "exemption_reason"
                      FROM (
                        SELECT
                          "t85"."person_id",
                          "t85"."benefit",
                          "t85"."start_date",
                          "t85"."_day",
                          "t6"."_pid",
                          "t6"."_from",
                          "t6"."_to",
                          "t6"."_reason"
                        FROM (
                          SELECT
                            "t76"."person_id",
                            "t76"."benefit",
                            "t76"."start_date",
                            CAST(CAST(CAST(CAST("t76"."window_start" + TO_MONTHS(
                              COALESCE(
                                CASE
                                  WHEN "t76"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN 6
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "_day"
                          FROM (
                            SELECT
                              "t75".*
                              EXCLUDE ("_cat1_until")
                            FROM (
                              SELECT
                                "t74"."person_id",
                                "t74"."benefit",
                                "t74"."start_date",
                                "t74"."end_date",
                                "t74"."first_contact_date",
                                "t74"."target_group",
                                "t74"."first_absence_date",
                                "t74"."sickness_category",
                                "t74"."employed",
                                "t74"."handover_date",
                                "t74"."expected_absence_weeks",
                                "t74"."work_obligation",
                                "t74"."municipality",
                                "t74"."early_followup_request_date",
                                "t74"."education_order",
                                "t74"."periods",
                                "t74"."window_start",
                                "t74"."_cat1_until",
                                "t74"."category_in_force",
                                COALESCE(
                                  ARRAY_CONTAINS(
                                    CASE
                                      WHEN "t74"."window_start" >= MAKE_DATE(2025, 1, 1)
                                      THEN ['1']
                                      WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                                      THEN ['1']
                                      ELSE CAST(NULL AS TEXT[])
                                    END,
                                    "t74"."category_in_force"
                                  ),
                                  FALSE
                                )
                                AND (
                                  (
                                    CASE
                                      WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                                      THEN 8
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NULL
                                  )
                                  OR (
                                    (
                                      "t74"."end_date" IS NOT NULL
                                    )
                                    AND (
                                      "t74"."end_date" <= "t74"."_cat1_until"
                                    )
                                  )
                                ) AS "category_exempt",
                                CASE
                                  WHEN NOT (
                                    COALESCE(
                                      ARRAY_CONTAINS(
                                        CASE
                                          WHEN "t74"."window_start" >= MAKE_DATE(2025, 1, 1)
                                          THEN ['1']
                                          WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                                          THEN ['1']
                                          ELSE CAST(NULL AS TEXT[])
                                        END,
                                        "t74"."category_in_force"
                                      ),
                                      FALSE
                                    )
                                  )
                                  OR (
                                    CASE
                                      WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                                      THEN 8
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NULL
                                  )
                                  OR (
                                    (
                                      "t74"."end_date" IS NOT NULL
                                    )
                                    AND (
                                      "t74"."end_date" <= "t74"."_cat1_until"
                                    )
                                  )
                                  THEN ''
                                  WHEN CAST($as_of AS DATE) <= "t74"."_cat1_until"
                                  THEN 'kategori ' || "t74"."category_in_force" || ': opfølgningssamtale og revisitation, hvis fraværet varer ud over ' || CAST(CASE
                                    WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                                    THEN 8
                                    ELSE CAST(NULL AS BIGINT)
                                  END AS TEXT) || ' uger (§ 13 a, stk. 1)'
                                  ELSE 'kategori ' || "t74"."category_in_force" || ' og fraværet varer ud over ' || CAST(CASE
                                    WHEN "t74"."window_start" >= MAKE_DATE(2015, 1, 1)
                                    THEN 8
                                    ELSE CAST(NULL AS BIGINT)
                                  END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
                                END AS "category_note"
                              FROM (
                                SELECT
                                  "t73".*
                                  EXCLUDE ("_cat_found")
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
                                    "t72"."_cat1_until",
                                    "t72"."_cat_found",
                                    COALESCE("t72"."_cat_found", "t72"."sickness_category") AS "category_in_force"
                                  FROM (
                                    SELECT
                                      "t71".*
                                      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                                    FROM (
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
                                        "t66"."_cat1_until",
                                        "t70"."person_id" AS "person_id_right",
                                        "t70"."benefit" AS "benefit_right",
                                        "t70"."start_date" AS "start_date_right",
                                        "t70"."_cat_found"
                                      FROM (
                                        SELECT
                                          "t63"."person_id",
                                          "t63"."benefit",
                                          "t63"."_key" AS "start_date",
                                          CASE
                                            WHEN "t63"."_end" = MAKE_DATE(9999, 12, 31)
                                            THEN CAST(NULL AS DATE)
                                            ELSE "t63"."_end"
                                          END AS "end_date",
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
                                          COALESCE("t63"."first_absence_date", "t63"."_key") AS "window_start",
                                          CAST(CAST(COALESCE("t63"."first_absence_date", "t63"."_key") + TO_DAYS(
                                            (
                                              COALESCE(
                                                CASE
                                                  WHEN COALESCE("t63"."first_absence_date", "t63"."_key") >= MAKE_DATE(2015, 1, 1)
                                                  THEN 8
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) * 7
                                            ) - 1
                                          ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                                        FROM "t62" AS "t63"
                                        WHERE
                                          "t63"."benefit" IN ('sygedagpenge')
                                      ) AS "t66"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t68"."person_id",
                                          "t68"."benefit",
                                          "t68"."start_date",
                                          FIRST("t68"."_cat" ORDER BY "t68"."_from" DESC) AS "_cat_found"
                                        FROM (
                                          SELECT
                                            "t67"."person_id",
                                            "t67"."benefit",
                                            "t67"."start_date",
                                            "t67"."_day",
                                            "t67"."_last",
                                            "t8"."_pid",
                                            "t8"."_from",
                                            "t8"."_cat"
                                          FROM (
                                            SELECT
                                              "t63"."person_id",
                                              "t63"."benefit",
                                              "t63"."_key" AS "start_date",
                                              CAST(CAST(COALESCE("t63"."first_absence_date", "t63"."_key") + TO_DAYS(
                                                (
                                                  COALESCE(
                                                    CASE
                                                      WHEN COALESCE("t63"."first_absence_date", "t63"."_key") >= MAKE_DATE(2015, 1, 1)
                                                      THEN 8
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  ) * 7
                                                ) - 1
                                              ) AS TIMESTAMP) AS DATE) AS "_day",
                                              CASE
                                                WHEN "t63"."_end" = MAKE_DATE(9999, 12, 31)
                                                THEN CAST(NULL AS DATE)
                                                ELSE "t63"."_end"
                                              END AS "_last"
                                            FROM "t62" AS "t63"
                                            WHERE
                                              "t63"."benefit" IN ('sygedagpenge')
                                          ) AS "t67"
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
                                            ON "t67"."person_id" = "t8"."_pid"
                                            AND "t8"."_from" >= "t67"."start_date"
                                            AND "t8"."_from" <= "t67"."_day"
                                            AND (
                                              (
                                                "t67"."_last" IS NULL
                                              ) OR (
                                                "t8"."_from" <= "t67"."_last"
                                              )
                                            )
                                        ) AS "t68"
                                        GROUP BY
                                          1,
                                          2,
                                          3
                                      ) AS "t70"
                                        ON "t66"."person_id" = "t70"."person_id"
                                        AND "t66"."benefit" = "t70"."benefit"
                                        AND "t66"."start_date" = "t70"."start_date"
                                    ) AS "t71"
                                  ) AS "t72"
                                ) AS "t73"
                              ) AS "t74"
                            ) AS "t75"
                          ) AS "t76"
                          WHERE
                            CASE
                              WHEN "t76"."window_start" >= MAKE_DATE(2026, 7, 1)
                              THEN 1
                              WHEN "t76"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 4
                              WHEN "t76"."window_start" >= MAKE_DATE(2015, 1, 1)
                              THEN CAST(NULL AS BIGINT)
                              ELSE CAST(NULL AS BIGINT)
                            END IS NOT NULL
                        ) AS "t85"
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
                          ON "t85"."person_id" = "t6"."_pid"
                          AND "t6"."_from" <= "t85"."_day"
                          AND "t6"."_to" >= "t85"."_day"
                      ) AS "t87"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t92"
                      ON "t84"."person_id" = "t92"."person_id"
                      AND "t84"."benefit" = "t92"."benefit"
                      AND "t84"."start_date" = "t92"."start_date"
                  ) AS "t94"
                ) AS "t95"
              ) AS "t103"
                ON "t89"."person_id" = "t103"."person_id"
                AND "t89"."benefit" = "t103"."benefit"
                AND "t89"."start_date" = "t103"."start_date"
            ) AS "t104"
          ) AS "t109"
          GROUP BY
            1,
            2,
            3
        ) AS "t114"
          ON "t102"."person_id" = "t114"."person_id"
          AND "t102"."benefit" = "t114"."benefit"
          AND "t102"."start_date" = "t114"."start_date"
      ) AS "t116"
    ) AS "t118"
  ) AS "t120"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t119"."person_id",
      "t119"."benefit",
      "t119"."window_start",
      "t119"."due_date",
      "t119"."next_date" AS "fulfilled_date",
      CASE
        WHEN CASE
          WHEN "t119"."exemption_applies"
          THEN 'fritaget ' || CAST("t119"."exemption_start" AS TEXT) || '–' || CAST("t119"."exemption_end" AS TEXT) || ' (' || "t119"."exemption_reason" || '), fristen forlænget'
          ELSE ''
        END = ''
        THEN CASE
          WHEN "t119"."category_exempt"
          THEN 'visitationskategori ' || "t119"."category_in_force" || ': intet fast opfølgningsforløb'
          WHEN "t119"."next_date" IS NOT NULL
          THEN 'forrige: ' || "t119"."description" || '; næste: ' || "t119"."next_text"
          WHEN (
            "t119"."end_date" IS NOT NULL
          )
          AND (
            "t119"."end_date" < "t119"."due_date"
          )
          AND (
            "t119"."next_date" IS NULL
          )
          THEN 'sygedagpengeforløbet sluttede ' || CAST("t119"."end_date" AS TEXT) || ' før fristen'
          ELSE 'forrige: ' || "t119"."description" || '; ingen senere opfølgningssamtale'
        END
        WHEN CASE
          WHEN "t119"."category_exempt"
          THEN 'visitationskategori ' || "t119"."category_in_force" || ': intet fast opfølgningsforløb'
          WHEN "t119"."next_date" IS NOT NULL
          THEN 'forrige: ' || "t119"."description" || '; næste: ' || "t119"."next_text"
          WHEN (
            "t119"."end_date" IS NOT NULL
          )
          AND (
            "t119"."end_date" < "t119"."due_date"
          )
          AND (
            "t119"."next_date" IS NULL
          )
          THEN 'sygedagpengeforløbet sluttede ' || CAST("t119"."end_date" AS TEXT) || ' før fristen'
          ELSE 'forrige: ' || "t119"."description" || '; ingen senere opfølgningssamtale'
        END = ''
        THEN CASE
          WHEN "t119"."exemption_applies"
          THEN 'fritaget ' || CAST("t119"."exemption_start" AS TEXT) || '–' || CAST("t119"."exemption_end" AS TEXT) || ' (' || "t119"."exemption_reason" || '), fristen forlænget'
          ELSE ''
        END
        ELSE CASE
          WHEN "t119"."category_exempt"
          THEN 'visitationskategori ' || "t119"."category_in_force" || ': intet fast opfølgningsforløb'
          WHEN "t119"."next_date" IS NOT NULL
          THEN 'forrige: ' || "t119"."description" || '; næste: ' || "t119"."next_text"
          WHEN (
            "t119"."end_date" IS NOT NULL
          )
          AND (
            "t119"."end_date" < "t119"."due_date"
          )
          AND (
            "t119"."next_date" IS NULL
          )
          THEN 'sygedagpengeforløbet sluttede ' || CAST("t119"."end_date" AS TEXT) || ' før fristen'
          ELSE 'forrige: ' || "t119"."description" || '; ingen senere opfølgningssamtale'
        END || '; ' || CASE
          WHEN "t119"."exemption_applies"
          THEN 'fritaget ' || CAST("t119"."exemption_start" AS TEXT) || '–' || CAST("t119"."exemption_end" AS TEXT) || ' (' || "t119"."exemption_reason" || '), fristen forlænget'
          ELSE ''
        END
      END AS "evidence",
      NOT (
        "t119"."category_exempt"
      )
      AND NOT (
        (
          "t119"."end_date" IS NOT NULL
        )
        AND (
          "t119"."end_date" < "t119"."due_date"
        )
        AND (
          "t119"."next_date" IS NULL
        )
      ) AS "is_applicable",
      "t119"."exemption_applies"
      AND (
        CAST($as_of AS DATE) <= "t119"."exemption_end"
      ) AS "is_exempt"
    FROM (
      SELECT
        "t117"."person_id",
        "t117"."benefit",
        "t117"."start_date",
        "t117"."date",
        "t117"."description",
        "t117"."next_date",
        "t117"."next_text",
        "t117"."_weeks",
        "t117"."end_date",
        "t117"."category_exempt",
        "t117"."sickness_category",
        "t117"."category_in_force",
        "t117"."category_note",
        "t117"."employed",
        "t117"."expected_absence_weeks",
        "t117"."window_start",
        "t117"."due0",
        "t117"."exemption_start",
        "t117"."exemption_end",
        "t117"."exemption_reason",
        CASE
          WHEN (
            "t117"."exemption_end" IS NOT NULL
          )
          AND COALESCE(
            CASE
              WHEN "t117"."window_start" >= MAKE_DATE(2015, 1, 1)
              THEN TRUE
              ELSE CAST(NULL AS BOOLEAN)
            END,
            FALSE
          )
          THEN CAST(CAST("t117"."exemption_end" + TO_DAYS(
            DATE_DIFF('DAY', GREATEST("t117"."exemption_start", "t117"."window_start"), "t117"."due0") + 1
          ) AS TIMESTAMP) AS DATE)
          ELSE "t117"."due0"
        END AS "due_date",
        (
          "t117"."exemption_end" IS NOT NULL
        )
        AND COALESCE(
          CASE
            WHEN "t117"."window_start" >= MAKE_DATE(2015, 1, 1)
            THEN TRUE
            ELSE CAST(NULL AS BOOLEAN)
          END,
          FALSE
        ) AS "exemption_applies"
      FROM (
        SELECT
          "t115".*
          EXCLUDE ("benefit_right", "person_id_right", "start_date_right", "window_start_right")
        FROM (
          SELECT
            "t107"."person_id",
            "t107"."benefit",
            "t107"."start_date",
            "t107"."date",
            "t107"."description",
            "t107"."next_date",
            "t107"."next_text",
            "t107"."_weeks",
            "t107"."end_date",
            "t107"."category_exempt",
            "t107"."sickness_category",
            "t107"."category_in_force",
            "t107"."category_note",
            "t107"."employed",
            "t107"."expected_absence_weeks",
            "t107"."window_start",
            "t107"."due0",
            "t113"."person_id" AS "person_id_right",
            "t113"."benefit" AS "benefit_right",
            "t113"."start_date" AS "start_date_right",
            "t113"."window_start" AS "window_start_right",
            "t113"."exemption_start",
            "t113"."exemption_end",
            "t113"."exemption_reason"
          FROM (
            SELECT
              "t99"."person_id",
              "t99"."benefit",
              "t99"."start_date",
              "t99"."date",
              "t99"."description",
              "t99"."next_date",
              "t99"."next_text",
              "t99"."_weeks",
              "t99"."end_date",
              "t99"."category_exempt",
              "t99"."sickness_category",
              "t99"."category_in_force",
              "t99"."category_note",
              "t99"."employed",
              "t99"."expected_absence_weeks",
              "t99"."date" AS "window_start",
              CAST(CAST("t99"."date" + TO_DAYS("t99"."_weeks" * 7) AS TIMESTAMP) AS DATE) AS "due0"
            FROM "t98" AS "t99"
          ) AS "t107"
          LEFT OUTER JOIN (
            SELECT
              "t110"."person_id",
              "t110"."benefit",
              "t110"."start_date",
              "t110"."window_start",
              FIRST("t110"."_from" ORDER BY "t110"."_to" DESC) AS "exemption_start",
              MAX("t110"."_to") AS "exemption_end",
              FIRST("t110"."_reason" ORDER BY "t110"."_to" DESC) AS "exemption_reason"
            FROM (
              SELECT
                "t108"."person_id",
                "t108"."benefit",
                "t108"."start_date",
                "t108"."window_start",
                "t108"."_day",
                "t6"."_pid",
                "t6"."_from",
                "t6"."_to",
                "t6"."_reason"
              FROM (
                SELECT
                  "t99"."person_id",
                  "t99"."benefit",
                  "t99"."start_date",
                  "t99"."date" AS "window_start",
                  CAST(CAST("t99"."date" + TO_DAYS("t99"."_weeks" * 7) AS TIMESTAMP) AS DATE) AS "_day"
                FROM "t98" AS "t99"
              ) AS "t108"
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
                ON "t108"."person_id" = "t6"."_pid"
                AND "t6"."_from" <= "t108"."_day"
                AND "t6"."_to" >= "t108"."_day"
            ) AS "t110"
            GROUP BY
              1,
              2,
              3,
              4
          ) AS "t113"
            ON "t107"."person_id" = "t113"."person_id"
            AND "t107"."benefit" = "t113"."benefit"
            AND "t107"."start_date" = "t113"."start_date"
            AND "t107"."window_start" = "t113"."window_start"
        ) AS "t115"
      ) AS "t117"
    ) AS "t119"
  ) AS "t121"
) AS "t122"
