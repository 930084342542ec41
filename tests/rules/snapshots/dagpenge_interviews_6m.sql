WITH "t16" AS (
  SELECT
    "t15"."person_id",
    "t15"."benefit",
    "t15"."start_date",
    "t15"."end_date",
    "t15"."target_group",
    "t15"."first_contact_date",
    "t15"."first_absence_date",
    "t15"."sickness_category",
    "t15"."employed",
    "t15"."municipality",
    "t15"."work_obligation",
    "t15"."education_order",
    "t15"."introduction_programme",
    "t15"."expected_absence_weeks",
    "t15"."handover_date",
    "t15"."jobcentre_course",
    "t15"."early_followup_request_date",
    "t15"."_end",
    "t15"."_acc",
    "t15"."_switch",
    "t15"."_run",
    "t15"."_new",
    "t15"."_spell",
    MIN("t15"."start_date") OVER (
      PARTITION BY "t15"."person_id", "t15"."_spell"
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "_spell_start"
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
      SUM("t14"."_new") OVER (
        PARTITION BY "t14"."person_id"
        ORDER BY "t14"."start_date" ASC, "t14"."benefit" ASC, "t14"."_end" ASC
        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
      ) AS "_spell"
    FROM (
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
        CASE
          WHEN (
            "t13"."_switch" = 1
          )
          OR (
            (
              MAX("t13"."_end") OVER (
                PARTITION BY "t13"."person_id", "t13"."_run"
                ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
              ) IS NOT NULL
            )
            AND (
              MAX("t13"."_end") OVER (
                PARTITION BY "t13"."person_id", "t13"."_run"
                ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
              ) < MAKE_DATE(9999, 12, 31)
            )
            AND (
              "t13"."start_date" > CAST(CAST(MAX("t13"."_end") OVER (
                PARTITION BY "t13"."person_id", "t13"."_run"
                ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
              ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
            )
            AND (
              COALESCE(
                ARRAY_CONTAINS(
                  CASE
                    WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                    THEN ['sygedagpenge']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  "t13"."benefit"
                ),
                FALSE
              )
              OR (
                (
                  CASE
                    WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                    THEN 1
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t13"."start_date" >= CAST(CAST(CASE
                    WHEN EXTRACT(day FROM CAST(CAST(MAX("t13"."_end") OVER (
                      PARTITION BY "t13"."person_id", "t13"."_run"
                      ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                    THEN CAST(CAST(MAX("t13"."_end") OVER (
                      PARTITION BY "t13"."person_id", "t13"."_run"
                      ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                    ELSE CAST(CAST(DATE_TRUNC(
                      'MONTH',
                      CAST(CAST(MAX("t13"."_end") OVER (
                        PARTITION BY "t13"."person_id", "t13"."_run"
                        ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                    ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                  END + TO_MONTHS(
                    COALESCE(
                      CASE
                        WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
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
                WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                ELSE CAST(NULL AS TEXT[])
              END,
              LAG("t13"."target_group") OVER (
                PARTITION BY "t13"."person_id", "t13"."_run"
                ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              ) || '>' || "t13"."target_group"
            ),
            FALSE
          )
          THEN 1
          ELSE 0
        END AS "_new"
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
          SUM("t12"."_switch") OVER (
            PARTITION BY "t12"."person_id"
            ORDER BY "t12"."start_date" ASC, "t12"."benefit" ASC, "t12"."_end" ASC
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
          ) AS "_run"
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
            CASE
              WHEN LAG("t11"."benefit") OVER (
                PARTITION BY "t11"."person_id"
                ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              ) IS NULL
              THEN 1
              WHEN LAG("t11"."benefit") OVER (
                PARTITION BY "t11"."person_id"
                ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              ) <> "t11"."benefit"
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
          ) AS "t11"
        ) AS "t12"
      ) AS "t13"
    ) AS "t14"
  ) AS "t15"
), "t18" AS (
  SELECT
    *
  FROM "t16" AS "t17"
  WHERE
    "t17"."_acc"
), "t22" AS (
  SELECT
    "t20"."person_id",
    "t20"."benefit",
    MIN("t20"."start_date") AS "c1"
  FROM "t18" AS "t20"
  GROUP BY
    1,
    2
), "t31" AS (
  SELECT
    "t30"."person_id",
    "t30"."benefit",
    "t30"."c1",
    "t30"."c2"
  FROM (
    SELECT
      "t24"."person_id",
      "t24"."benefit",
      "t24"."c1",
      "t29"."person_id" AS "person_id_right",
      "t29"."benefit" AS "benefit_right",
      "t29"."c2"
    FROM "t22" AS "t24"
    LEFT OUTER JOIN (
      SELECT
        "t27"."person_id",
        "t27"."benefit",
        MIN("t27"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t21"."person_id",
            "t21"."benefit",
            "t21"."start_date",
            "t21"."end_date",
            "t21"."target_group",
            "t21"."first_contact_date",
            "t21"."first_absence_date",
            "t21"."sickness_category",
            "t21"."employed",
            "t21"."municipality",
            "t21"."work_obligation",
            "t21"."education_order",
            "t21"."introduction_programme",
            "t21"."expected_absence_weeks",
            "t21"."handover_date",
            "t21"."jobcentre_course",
            "t21"."early_followup_request_date",
            "t21"."_end",
            "t21"."_acc",
            "t21"."_switch",
            "t21"."_run",
            "t21"."_new",
            "t21"."_spell",
            "t21"."_spell_start",
            "t25"."c1"
          FROM "t18" AS "t21"
          INNER JOIN "t22" AS "t25"
            ON "t21"."person_id" = "t25"."person_id" AND "t21"."benefit" = "t25"."benefit"
        ) AS "t26"
        WHERE
          "t26"."start_date" >= CAST(CAST("t26"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t26"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t27"
      GROUP BY
        1,
        2
    ) AS "t29"
      ON "t24"."person_id" = "t29"."person_id" AND "t24"."benefit" = "t29"."benefit"
  ) AS "t30"
), "t40" AS (
  SELECT
    "t39"."person_id",
    "t39"."benefit",
    "t39"."c1",
    "t39"."c2",
    "t39"."c3"
  FROM (
    SELECT
      "t33"."person_id",
      "t33"."benefit",
      "t33"."c1",
      "t33"."c2",
      "t38"."person_id" AS "person_id_right",
      "t38"."benefit" AS "benefit_right",
      "t38"."c3"
    FROM "t31" AS "t33"
    LEFT OUTER JOIN (
      SELECT
        "t36"."person_id",
        "t36"."benefit",
        MIN("t36"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t21"."person_id",
            "t21"."benefit",
            "t21"."start_date",
            "t21"."end_date",
            "t21"."target_group",
            "t21"."first_contact_date",
            "t21"."first_absence_date",
            "t21"."sickness_category",
            "t21"."employed",
            "t21"."municipality",
            "t21"."work_obligation",
            "t21"."education_order",
            "t21"."introduction_programme",
            "t21"."expected_absence_weeks",
            "t21"."handover_date",
            "t21"."jobcentre_course",
            "t21"."early_followup_request_date",
            "t21"."_end",
            "t21"."_acc",
            "t21"."_switch",
            "t21"."_run",
            "t21"."_new",
            "t21"."_spell",
            "t21"."_spell_start",
            "t34"."c1",
            "t34"."c2"
          FROM "t18" AS "t21"
          INNER JOIN "t31" AS "t34"
            ON "t21"."person_id" = "t34"."person_id" AND "t21"."benefit" = "t34"."benefit"
        ) AS "t35"
        WHERE
          "t35"."start_date" >= CAST(CAST("t35"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t35"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t36"
      GROUP BY
        1,
        2
    ) AS "t38"
      ON "t33"."person_id" = "t38"."person_id" AND "t33"."benefit" = "t38"."benefit"
  ) AS "t39"
), "t63" AS (
  SELECT
    *
  FROM (
    SELECT
      "t17"."person_id",
      "t17"."benefit",
      "t17"."start_date",
      "t17"."_end",
      "t17"."_spell_start" AS "_key",
      "t17"."_acc",
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
      "t17"."education_order"
    FROM "t16" AS "t17"
    WHERE
      NOT (
        "t17"."_acc"
      )
  ) AS "t19"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t61"."person_id",
      "t61"."benefit",
      "t61"."start_date",
      "t61"."_end",
      "t61"."_key",
      "t61"."_acc",
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
      "t61"."education_order"
    FROM (
      SELECT
        "t60".*
        EXCLUDE ("c1", "c2", "c3", "c4", "c5")
      FROM (
        SELECT
          "t59"."person_id",
          "t59"."benefit",
          "t59"."start_date",
          "t59"."end_date",
          "t59"."target_group",
          "t59"."first_contact_date",
          "t59"."first_absence_date",
          "t59"."sickness_category",
          "t59"."employed",
          "t59"."municipality",
          "t59"."work_obligation",
          "t59"."education_order",
          "t59"."introduction_programme",
          "t59"."expected_absence_weeks",
          "t59"."handover_date",
          "t59"."jobcentre_course",
          "t59"."early_followup_request_date",
          "t59"."_end",
          "t59"."_acc",
          "t59"."_switch",
          "t59"."_run",
          "t59"."_new",
          "t59"."_spell",
          "t59"."_spell_start",
          "t59"."c1",
          "t59"."c2",
          "t59"."c3",
          "t59"."c4",
          "t59"."c5",
          GREATEST(
            CASE
              WHEN "t59"."c1" <= "t59"."start_date"
              THEN "t59"."c1"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t59"."c2" <= "t59"."start_date"
              THEN "t59"."c2"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t59"."c3" <= "t59"."start_date"
              THEN "t59"."c3"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t59"."c4" <= "t59"."start_date"
              THEN "t59"."c4"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t59"."c5" <= "t59"."start_date"
              THEN "t59"."c5"
              ELSE CAST(NULL AS DATE)
            END
          ) AS "_key"
        FROM (
          SELECT
            "t21"."person_id",
            "t21"."benefit",
            "t21"."start_date",
            "t21"."end_date",
            "t21"."target_group",
            "t21"."first_contact_date",
            "t21"."first_absence_date",
            "t21"."sickness_category",
            "t21"."employed",
            "t21"."municipality",
            "t21"."work_obligation",
            "t21"."education_order",
            "t21"."introduction_programme",
            "t21"."expected_absence_weeks",
            "t21"."handover_date",
            "t21"."jobcentre_course",
            "t21"."early_followup_request_date",
            "t21"."_end",
            "t21"."_acc",
            "t21"."_switch",
            "t21"."_run",
            "t21"."_new",
            "t21"."_spell",
            "t21"."_spell_start",
            "t58"."c1",
            "t58"."c2",
            "t58"."c3",
            "t58"."c4",
            "t58"."c5"
          FROM "t18" AS "t21"
          INNER JOIN (
            SELECT
              "t56".*
              EXCLUDE ("benefit_right", "person_id_right")
            FROM (
              SELECT
                "t50"."person_id",
                "t50"."benefit",
                "t50"."c1",
                "t50"."c2",
                "t50"."c3",
                "t50"."c4",
                "t55"."person_id" AS "person_id_right",
                "t55"."benefit" AS "benefit_right",
                "t55"."c5"
              FROM (
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
                    "t47"."person_id" AS "person_id_right",
                    "t47"."benefit" AS "benefit_right",
                    "t47"."c4"
                  FROM "t40" AS "t42"
                  LEFT OUTER JOIN (
                    SELECT
                      "t45"."person_id",
                      "t45"."benefit",
                      MIN("t45"."start_date") AS "c4"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t21"."person_id",
                          "t21"."benefit",
                          "t21"."start_date",
                          "t21"."end_date",
                          "t21"."target_group",
                          "t21"."first_contact_date",
                          "t21"."first_absence_date",
                          "t21"."sickness_category",
                          "t21"."employed",
                          "t21"."municipality",
                          "t21"."work_obligation",
                          "t21"."education_order",
                          "t21"."introduction_programme",
                          "t21"."expected_absence_weeks",
                          "t21"."handover_date",
                          "t21"."jobcentre_course",
                          "t21"."early_followup_request_date",
                          "t21"."_end",
                          "t21"."_acc",
                          "t21"."_switch",
                          "t21"."_run",
                          "t21"."_new",
                          "t21"."_spell",
                          "t21"."_spell_start",
                          "t43"."c1",
                          "t43"."c2",
                          "t43"."c3"
                        FROM "t18" AS "t21"
                        INNER JOIN "t40" AS "t43"
                          ON "t21"."person_id" = "t43"."person_id" AND "t21"."benefit" = "t43"."benefit"
                      ) AS "t44"
                      WHERE
                        "t44"."start_date" >= CAST(CAST("t44"."c3" + TO_MONTHS(
                          COALESCE(
                            CASE WHEN "t44"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
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
              LEFT OUTER JOIN (
                SELECT
                  "t53"."person_id",
                  "t53"."benefit",
                  MIN("t53"."start_date") AS "c5"
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t21"."person_id",
                      "t21"."benefit",
                      "t21"."start_date",
                      "t21"."end_date",
                      "t21"."target_group",
                      "t21"."first_contact_date",
                      "t21"."first_absence_date",
                      "t21"."sickness_category",
                      "t21"."employed",
                      "t21"."municipality",
                      "t21"."work_obligation",
                      "t21"."education_order",
                      "t21"."introduction_programme",
                      "t21"."expected_absence_weeks",
                      "t21"."handover_date",
                      "t21"."jobcentre_course",
                      "t21"."early_followup_request_date",
                      "t21"."_end",
                      "t21"."_acc",
                      "t21"."_switch",
                      "t21"."_run",
                      "t21"."_new",
                      "t21"."_spell",
                      "t21"."_spell_start",
                      "t51"."c1",
                      "t51"."c2",
                      "t51"."c3",
                      "t51"."c4"
                    FROM "t18" AS "t21"
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
                          "t47"."person_id" AS "person_id_right",
                          "t47"."benefit" AS "benefit_right",
                          "t47"."c4"
                        FROM "t40" AS "t42"
                        LEFT OUTER JOIN (
                          SELECT
                            "t45"."person_id",
                            "t45"."benefit",
                            MIN("t45"."start_date") AS "c4"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t21"."person_id",
                                "t21"."benefit",
                                "t21"."start_date",
                                "t21"."end_date",
                                "t21"."target_group",
                                "t21"."first_contact_date",
                                "t21"."first_absence_date",
                                "t21"."sickness_category",
                                "t21"."employed",
                                "t21"."municipality",
                                "t21"."work_obligation",
                                "t21"."education_order",
                                "t21"."introduction_programme",
                                "t21"."expected_absence_weeks",
                                "t21"."handover_date",
                                "t21"."jobcentre_course",
                                "t21"."early_followup_request_date",
                                "t21"."_end",
                                "t21"."_acc",
                                "t21"."_switch",
                                "t21"."_run",
                                "t21"."_new",
                                "t21"."_spell",
                                "t21"."_spell_start",
                                "t43"."c1",
                                "t43"."c2",
                                "t43"."c3"
                              FROM "t18" AS "t21"
                              INNER JOIN "t40" AS "t43"
                                ON "t21"."person_id" = "t43"."person_id" AND "t21"."benefit" = "t43"."benefit"
                            ) AS "t44"
                            WHERE
                              "t44"."start_date" >= CAST(CAST("t44"."c3" + TO_MONTHS(
                                COALESCE(
                                  CASE WHEN "t44"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
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
                    ) AS "t51"
                      ON "t21"."person_id" = "t51"."person_id" AND "t21"."benefit" = "t51"."benefit"
                  ) AS "t52"
                  WHERE
                    "t52"."start_date" >= CAST(CAST("t52"."c4" + TO_MONTHS(
                      COALESCE(
                        CASE WHEN "t52"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE)
                ) AS "t53"
                GROUP BY
                  1,
                  2
              ) AS "t55"
                ON "t50"."person_id" = "t55"."person_id" AND "t50"."benefit" = "t55"."benefit"
            ) AS "t56"
          ) AS "t58"
            ON "t21"."person_id" = "t58"."person_id" AND "t21"."benefit" = "t58"."benefit"
        ) AS "t59"
      ) AS "t60"
    ) AS "t61"
  ) AS "t62"
)
SELECT
  "t135"."person_id",
  "t135"."benefit",
  'interviews_6m' AS "kind",
  'dagpenge_interviews_6m' AS "rule_id",
  '1.3.0' AS "rule_version",
  CASE
    WHEN "t135"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025; STAR, generelle spørgsmål og svar om reformen (75 %-krav)'
    WHEN "t135"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31 (LBK nr. 280 af 2024; lov nr. 727 af 13.6.2023 – forenklet kontaktforløb)'
    WHEN "t135"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 31 (LBK nr. 701 af 2022)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t135"."window_start",
  CASE
    WHEN COALESCE("t135"."is_applicable", FALSE)
    THEN "t135"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t135"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t135"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t135"."fulfilled_date" <= "t135"."due_date"
    )
    THEN 'met'
    WHEN "t135"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t135"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t135"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t135"."is_applicable", FALSE)
    THEN "t135"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t135"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t135"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t135"."fulfilled_date" > "t135"."due_date"
    )
    THEN DATE_DIFF('DAY', "t135"."due_date", "t135"."fulfilled_date")
    WHEN NOT (
      "t135"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t135"."is_exempt", FALSE)
    )
    AND (
      "t135"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t135"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t135"."is_applicable", FALSE)
              THEN "t135"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t135"."window_start"
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
              WHEN COALESCE("t135"."is_applicable", FALSE)
              THEN "t135"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t135"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'dagpenge_interviews_6m'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. ' || COALESCE("t135"."evidence", '')
    ELSE COALESCE("t135"."evidence", '')
  END AS "evidence"
FROM (
  SELECT
    "t134"."person_id",
    "t134"."benefit",
    "t134"."start_date",
    "t134"."end_date",
    "t134"."first_contact_date",
    "t134"."target_group",
    "t134"."first_absence_date",
    "t134"."sickness_category",
    "t134"."employed",
    "t134"."handover_date",
    "t134"."expected_absence_weeks",
    "t134"."work_obligation",
    "t134"."municipality",
    "t134"."early_followup_request_date",
    "t134"."education_order",
    "t134"."periods",
    "t134"."window_start",
    "t134"."required",
    "t134"."required_joint",
    "t134"."in_force",
    "t134"."_end_unconfirmed",
    "t134"."due0",
    "t134"."exempt_days",
    "t134"."exempt_now",
    "t134"."exemption_note",
    "t134"."due_date",
    "t134"."_count_from",
    "t134"."nth_date",
    "t134"."counted",
    "t134"."in_window",
    "t134"."listed",
    "t134"."joint_date",
    "t134"."joint_in_window",
    CASE
      WHEN "t134"."required_joint" = 0
      THEN "t134"."nth_date"
      WHEN (
        "t134"."nth_date" IS NOT NULL
      ) AND (
        "t134"."joint_date" IS NOT NULL
      )
      THEN GREATEST("t134"."nth_date", "t134"."joint_date")
      ELSE CAST(NULL AS DATE)
    END AS "fulfilled_date",
    "t134"."in_force"
    AND NOT (
      (
        "t134"."end_date" IS NOT NULL
      )
      AND (
        "t134"."end_date" < "t134"."due_date"
      )
      AND (
        CASE
          WHEN "t134"."required_joint" = 0
          THEN "t134"."nth_date"
          WHEN (
            "t134"."nth_date" IS NOT NULL
          ) AND (
            "t134"."joint_date" IS NOT NULL
          )
          THEN GREATEST("t134"."nth_date", "t134"."joint_date")
          ELSE CAST(NULL AS DATE)
        END IS NULL
      )
    ) AS "is_applicable",
    "t134"."exempt_now" AS "is_exempt",
    CASE
      WHEN "t134"."exemption_note" = ''
      THEN CASE
        WHEN (
          "t134"."end_date" IS NOT NULL
        )
        AND (
          "t134"."end_date" < "t134"."due_date"
        )
        AND (
          CASE
            WHEN "t134"."required_joint" = 0
            THEN "t134"."nth_date"
            WHEN (
              "t134"."nth_date" IS NOT NULL
            ) AND (
              "t134"."joint_date" IS NOT NULL
            )
            THEN GREATEST("t134"."nth_date", "t134"."joint_date")
            ELSE CAST(NULL AS DATE)
          END IS NULL
        )
        THEN CAST(COALESCE("t134"."in_window", 0) AS TEXT) || ' af ' || CAST("t134"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t134"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t134"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t134"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t134"."listed" IS NOT NULL THEN ': ' || "t134"."listed" ELSE '' END || '; ydelsesforløbet sluttede ' || CAST("t134"."end_date" AS TEXT)
        WHEN "t134"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t134"."in_window", 0) AS TEXT) || ' af ' || CAST("t134"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t134"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t134"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t134"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t134"."listed" IS NOT NULL THEN ': ' || "t134"."listed" ELSE '' END
        ELSE CAST(COALESCE("t134"."in_window", 0) AS TEXT) || ' af ' || CAST("t134"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t134"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t134"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t134"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t134"."listed" IS NOT NULL THEN ': ' || "t134"."listed" ELSE '' END
      END
      ELSE CASE
        WHEN (
          "t134"."end_date" IS NOT NULL
        )
        AND (
          "t134"."end_date" < "t134"."due_date"
        )
        AND (
          CASE
            WHEN "t134"."required_joint" = 0
            THEN "t134"."nth_date"
            WHEN (
              "t134"."nth_date" IS NOT NULL
            ) AND (
              "t134"."joint_date" IS NOT NULL
            )
            THEN GREATEST("t134"."nth_date", "t134"."joint_date")
            ELSE CAST(NULL AS DATE)
          END IS NULL
        )
        THEN CAST(COALESCE("t134"."in_window", 0) AS TEXT) || ' af ' || CAST("t134"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t134"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t134"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t134"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t134"."listed" IS NOT NULL THEN ': ' || "t134"."listed" ELSE '' END || '; ydelsesforløbet sluttede ' || CAST("t134"."end_date" AS TEXT)
        WHEN "t134"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t134"."in_window", 0) AS TEXT) || ' af ' || CAST("t134"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t134"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t134"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t134"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t134"."listed" IS NOT NULL THEN ': ' || "t134"."listed" ELSE '' END
        ELSE CAST(COALESCE("t134"."in_window", 0) AS TEXT) || ' af ' || CAST("t134"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t134"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t134"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t134"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t134"."listed" IS NOT NULL THEN ': ' || "t134"."listed" ELSE '' END
      END || '; ' || "t134"."exemption_note"
    END AS "evidence"
  FROM (
    SELECT
      "t133".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t132"."person_id",
        "t132"."benefit",
        "t132"."start_date",
        "t132"."end_date",
        "t132"."first_contact_date",
        "t132"."target_group",
        "t132"."first_absence_date",
        "t132"."sickness_category",
        "t132"."employed",
        "t132"."handover_date",
        "t132"."expected_absence_weeks",
        "t132"."work_obligation",
        "t132"."municipality",
        "t132"."early_followup_request_date",
        "t132"."education_order",
        "t132"."periods",
        "t132"."window_start",
        "t132"."required",
        "t132"."required_joint",
        "t132"."in_force",
        "t132"."_end_unconfirmed",
        "t132"."due0",
        "t132"."exempt_days",
        "t132"."exempt_now",
        "t132"."exemption_note",
        "t132"."due_date",
        "t132"."_count_from",
        "t132"."nth_date",
        "t132"."counted",
        "t132"."in_window",
        "t132"."listed",
        "t129"."person_id" AS "person_id_right",
        "t129"."benefit" AS "benefit_right",
        "t129"."start_date" AS "start_date_right",
        "t129"."joint_date",
        "t129"."joint_in_window"
      FROM (
        SELECT
          "t130".*
          EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
        FROM (
          SELECT
            "t100"."person_id",
            "t100"."benefit",
            "t100"."start_date",
            "t100"."end_date",
            "t100"."first_contact_date",
            "t100"."target_group",
            "t100"."first_absence_date",
            "t100"."sickness_category",
            "t100"."employed",
            "t100"."handover_date",
            "t100"."expected_absence_weeks",
            "t100"."work_obligation",
            "t100"."municipality",
            "t100"."early_followup_request_date",
            "t100"."education_order",
            "t100"."periods",
            "t100"."window_start",
            "t100"."required",
            "t100"."required_joint",
            "t100"."in_force",
            "t100"."_end_unconfirmed",
            "t100"."due0",
            "t100"."exempt_days",
            "t100"."exempt_now",
            "t100"."exemption_note",
            "t100"."due_date",
            "t100"."_count_from",
            "t127"."person_id" AS "person_id_right",
            "t127"."benefit" AS "benefit_right",
            "t127"."start_date" AS "start_date_right",
            "t127"."nth_date",
            "t127"."counted",
            "t127"."in_window",
            "t127"."listed"
          FROM (
            SELECT
              "t98".*
              EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
            FROM (
              SELECT
                "t97"."person_id",
                "t97"."benefit",
                "t97"."start_date",
                "t97"."end_date",
                "t97"."first_contact_date",
                "t97"."target_group",
                "t97"."first_absence_date",
                "t97"."sickness_category",
                "t97"."employed",
                "t97"."handover_date",
                "t97"."expected_absence_weeks",
                "t97"."work_obligation",
                "t97"."municipality",
                "t97"."early_followup_request_date",
                "t97"."education_order",
                "t97"."periods",
                "t97"."window_start",
                "t97"."required",
                "t97"."required_joint",
                "t97"."in_force",
                "t97"."_end_unconfirmed",
                "t97"."due0",
                "t97"."exempt_days",
                "t97"."exempt_now",
                "t97"."exemption_note",
                "t97"."due_date",
                "t97"."_plain",
                "t97"."_needed",
                "t97"."_ipid",
                "t97"."_ibenefit",
                "t97"."_istart",
                "t97"."_i_start",
                "t97"."_i_end",
                "t97"."_cum",
                CASE
                  WHEN "t97"."_i_start" IS NOT NULL
                  THEN CAST(CAST("t97"."_i_start" + TO_DAYS(CAST("t97"."_needed" - "t97"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                  ELSE "t97"."_plain"
                END AS "_count_from"
              FROM (
                SELECT
                  "t96"."person_id",
                  "t96"."benefit",
                  "t96"."start_date",
                  "t96"."end_date",
                  "t96"."first_contact_date",
                  "t96"."target_group",
                  "t96"."first_absence_date",
                  "t96"."sickness_category",
                  "t96"."employed",
                  "t96"."handover_date",
                  "t96"."expected_absence_weeks",
                  "t96"."work_obligation",
                  "t96"."municipality",
                  "t96"."early_followup_request_date",
                  "t96"."education_order",
                  "t96"."periods",
                  "t96"."window_start",
                  "t96"."required",
                  "t96"."required_joint",
                  "t96"."in_force",
                  "t96"."_end_unconfirmed",
                  "t96"."due0",
                  "t96"."exempt_days",
                  "t96"."exempt_now",
                  "t96"."exemption_note",
                  "t96"."due_date",
                  "t96"."_plain",
                  "t96"."_needed",
                  "t79"."_ipid",
                  "t79"."_ibenefit",
                  "t79"."_istart",
                  "t79"."_i_start",
                  "t79"."_i_end",
                  "t79"."_cum"
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
                    "t94"."required",
                    "t94"."required_joint",
                    "t94"."in_force",
                    "t94"."_end_unconfirmed",
                    "t94"."due0",
                    COALESCE("t94"."exempt_days", 0) AS "exempt_days",
                    COALESCE("t94"."exempt_now", FALSE) AS "exempt_now",
                    COALESCE("t94"."exemption_note", '') AS "exemption_note",
                    CAST(CAST("t94"."due0" + TO_DAYS(
                      CASE
                        WHEN COALESCE(
                          CASE
                            WHEN "t94"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN TRUE
                            ELSE CAST(NULL AS BOOLEAN)
                          END,
                          FALSE
                        )
                        THEN COALESCE("t94"."exempt_days", 0)
                        ELSE 0
                      END
                    ) AS TIMESTAMP) AS DATE) AS "due_date",
                    CAST(CAST("t94"."window_start" + TO_MONTHS(
                      COALESCE(
                        CASE
                          WHEN "t94"."window_start" >= MAKE_DATE(2024, 1, 1)
                          THEN 3
                          WHEN "t94"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 0
                          ELSE CAST(NULL AS BIGINT)
                        END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                    DATE_DIFF(
                      'DAY',
                      "t94"."window_start",
                      CAST(CAST("t94"."window_start" + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t94"."window_start" >= MAKE_DATE(2024, 1, 1)
                            THEN 3
                            WHEN "t94"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN 0
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        )
                      ) AS TIMESTAMP) AS DATE)
                    ) AS "_needed"
                  FROM (
                    SELECT
                      "t93".*
                      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                    FROM (
                      SELECT
                        "t87"."person_id",
                        "t87"."benefit",
                        "t87"."start_date",
                        "t87"."end_date",
                        "t87"."first_contact_date",
                        "t87"."target_group",
                        "t87"."first_absence_date",
                        "t87"."sickness_category",
                        "t87"."employed",
                        "t87"."handover_date",
                        "t87"."expected_absence_weeks",
                        "t87"."work_obligation",
                        "t87"."municipality",
                        "t87"."early_followup_request_date",
                        "t87"."education_order",
                        "t87"."periods",
                        "t87"."window_start",
                        "t87"."required",
                        "t87"."required_joint",
                        "t87"."in_force",
                        "t87"."_end_unconfirmed",
                        "t87"."due0",
                        "t92"."person_id" AS "person_id_right",
                        "t92"."benefit" AS "benefit_right",
                        "t92"."start_date" AS "start_date_right",
                        "t92"."exempt_days",
                        "t92"."exempt_now",
                        "t92"."exemption_note"
                      FROM (
                        SELECT
                          "t85".*
                          EXCLUDE ("_point")
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
                            "t84"."required",
                            "t84"."required_joint",
                            "t84"."in_force",
                            "t84"."_end_unconfirmed",
                            "t84"."_point",
                            CAST(CAST("t84"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                          FROM (
                            SELECT
                              "t83".*
                              EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                            FROM (
                              SELECT
                                "t82"."person_id",
                                "t82"."benefit",
                                "t82"."start_date",
                                "t82"."end_date",
                                "t82"."first_contact_date",
                                "t82"."target_group",
                                "t82"."first_absence_date",
                                "t82"."sickness_category",
                                "t82"."employed",
                                "t82"."handover_date",
                                "t82"."expected_absence_weeks",
                                "t82"."work_obligation",
                                "t82"."municipality",
                                "t82"."early_followup_request_date",
                                "t82"."education_order",
                                "t82"."periods",
                                "t82"."window_start",
                                "t82"."required",
                                "t82"."required_joint",
                                "t82"."in_force",
                                "t82"."_end_unconfirmed",
                                "t82"."_plain",
                                "t82"."_needed",
                                "t82"."_ipid",
                                "t82"."_ibenefit",
                                "t82"."_istart",
                                "t82"."_i_start",
                                "t82"."_i_end",
                                "t82"."_cum",
                                CASE
                                  WHEN "t82"."_i_start" IS NOT NULL
                                  THEN CAST(CAST("t82"."_i_start" + TO_DAYS(CAST("t82"."_needed" - "t82"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                  ELSE "t82"."_plain"
                                END AS "_point"
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
                                  "t81"."required",
                                  "t81"."required_joint",
                                  "t81"."in_force",
                                  "t81"."_end_unconfirmed",
                                  "t81"."_plain",
                                  "t81"."_needed",
                                  "t79"."_ipid",
                                  "t79"."_ibenefit",
                                  "t79"."_istart",
                                  "t79"."_i_start",
                                  "t79"."_i_end",
                                  "t79"."_cum"
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
                                    "t76"."start_date" AS "window_start",
                                    COALESCE(
                                      CASE
                                        WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 4
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) + COALESCE(
                                      CASE
                                        WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 0
                                        WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 0
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) AS "required",
                                    COALESCE(
                                      CASE
                                        WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 0
                                        WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 0
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) AS "required_joint",
                                    (
                                      CASE
                                        WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 4
                                        ELSE CAST(NULL AS BIGINT)
                                      END IS NOT NULL
                                    )
                                    AND (
                                      CASE
                                        WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 6
                                        ELSE CAST(NULL AS BIGINT)
                                      END IS NOT NULL
                                    ) AS "in_force",
                                    COALESCE(
                                      (
                                        CASE
                                          WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN 4
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NULL
                                      )
                                      AND COALESCE(
                                        ARRAY_CONTAINS(
                                          CASE
                                            WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                            THEN [
                                              'kontanthjaelp:aktivitetsparat',
                                              'kontanthjaelp:uddannelsesparat',
                                              'uddannelseshjaelp:aktivitetsparat',
                                              'uddannelseshjaelp:uddannelsesparat',
                                              'jobafklaring',
                                              'ressourceforloeb',
                                              'revalidering'
                                            ]
                                            ELSE CAST(NULL AS TEXT[])
                                          END,
                                          "t76"."benefit"
                                        )
                                        OR ARRAY_CONTAINS(
                                          CASE
                                            WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                            THEN [
                                              'kontanthjaelp:aktivitetsparat',
                                              'kontanthjaelp:uddannelsesparat',
                                              'uddannelseshjaelp:aktivitetsparat',
                                              'uddannelseshjaelp:uddannelsesparat',
                                              'jobafklaring',
                                              'ressourceforloeb',
                                              'revalidering'
                                            ]
                                            ELSE CAST(NULL AS TEXT[])
                                          END,
                                          "t76"."benefit" || ':' || COALESCE("t76"."target_group", '')
                                        ),
                                        FALSE
                                      ),
                                      FALSE
                                    ) AS "_end_unconfirmed",
                                    CAST(CAST("t76"."start_date" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN 6
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                                    DATE_DIFF(
                                      'DAY',
                                      "t76"."start_date",
                                      CAST(CAST("t76"."start_date" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN 6
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE)
                                    ) AS "_needed"
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
                                      "t68"."periods"
                                    FROM (
                                      SELECT
                                        "t66"."person_id",
                                        "t66"."benefit",
                                        "t66"."_key" AS "start_date",
                                        CASE
                                          WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                          THEN CAST(NULL AS DATE)
                                          ELSE "t66"."_end"
                                        END AS "end_date",
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
                                        "t66"."periods"
                                      FROM (
                                        SELECT
                                          "t64"."person_id",
                                          "t64"."benefit",
                                          "t64"."_key",
                                          MAX("t64"."_end") AS "_end",
                                          COUNT(*) AS "periods",
                                          FIRST("t64"."first_contact_date" ORDER BY "t64"."start_date") AS "first_contact_date",
                                          FIRST("t64"."target_group" ORDER BY "t64"."start_date") AS "target_group",
                                          FIRST("t64"."first_absence_date" ORDER BY "t64"."start_date") AS "first_absence_date",
                                          FIRST("t64"."sickness_category" ORDER BY "t64"."start_date") AS "sickness_category",
                                          FIRST("t64"."employed" ORDER BY "t64"."start_date") AS "employed",
                                          FIRST("t64"."handover_date" ORDER BY "t64"."start_date") AS "handover_date",
                                          FIRST("t64"."expected_absence_weeks" ORDER BY "t64"."start_date") AS "expected_absence_weeks",
                                          FIRST("t64"."work_obligation" ORDER BY "t64"."start_date") AS "work_obligation",
                                          FIRST("t64"."municipality" ORDER BY "t64"."start_date") AS "municipality",
                                          MIN("t64"."early_followup_request_date") AS "early_followup_request_date",
                                          BOOL_OR(CAST(COALESCE("t64"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                        FROM "t63" AS "t64"
                                        GROUP BY
                                          1,
                                          2,
                                          3
                                      ) AS "t66"
                                      WHERE
                                        "t66"."benefit" IN ('dagpenge')
                                    ) AS "t68"
                                    ANTI JOIN (
                                      SELECT
                                        "t70"."person_id" AS "_k_person_id",
                                        "t70"."benefit" AS "_k_benefit",
                                        "t70"."start_date" AS "_k_start_date"
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
                                          "t68"."periods"
                                        FROM (
                                          SELECT
                                            "t66"."person_id",
                                            "t66"."benefit",
                                            "t66"."_key" AS "start_date",
                                            CASE
                                              WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                              THEN CAST(NULL AS DATE)
                                              ELSE "t66"."_end"
                                            END AS "end_date",
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
                                            "t66"."periods"
                                          FROM (
                                            SELECT
                                              "t64"."person_id",
                                              "t64"."benefit",
                                              "t64"."_key",
                                              MAX("t64"."_end") AS "_end",
                                              COUNT(*) AS "periods",
                                              FIRST("t64"."first_contact_date" ORDER BY "t64"."start_date") AS "first_contact_date",
                                              FIRST("t64"."target_group" ORDER BY "t64"."start_date") AS "target_group",
                                              FIRST("t64"."first_absence_date" ORDER BY "t64"."start_date") AS "first_absence_date",
                                              FIRST("t64"."sickness_category" ORDER BY "t64"."start_date") AS "sickness_category",
                                              FIRST("t64"."employed" ORDER BY "t64"."start_date") AS "employed",
                                              FIRST("t64"."handover_date" ORDER BY "t64"."start_date") AS "handover_date",
                                              FIRST("t64"."expected_absence_weeks" ORDER BY "t64"."start_date") AS "expected_absence_weeks",
                                              FIRST("t64"."work_obligation" ORDER BY "t64"."start_date") AS "work_obligation",
                                              FIRST("t64"."municipality" ORDER BY "t64"."start_date") AS "municipality",
                                              MIN("t64"."early_followup_request_date") AS "early_followup_request_date",
                                              BOOL_OR(CAST(COALESCE("t64"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                            FROM "t63" AS "t64"
                                            GROUP BY
                                              1,
                                              2,
                                              3
                                          ) AS "t66"
                                          WHERE
                                            "t66"."benefit" IN ('dagpenge')
                                        ) AS "t68"
                                        SEMI JOIN (
                                          SELECT
                                            "t2"."person_id" AS "_mpid",
                                            "t2"."start_date" AS "_mstart"
                                          FROM "benefit_periods" AS "t2"
                                          WHERE
                                            "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                        ) AS "t10"
                                          ON "t68"."person_id" = "t10"."_mpid"
                                          AND "t10"."_mstart" >= "t68"."start_date"
                                          AND (
                                            (
                                              "t68"."end_date" IS NULL
                                            ) OR (
                                              "t10"."_mstart" <= "t68"."end_date"
                                            )
                                          )
                                      ) AS "t70"
                                      WHERE
                                        CASE
                                          WHEN "t70"."start_date" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t70"."start_date" >= MAKE_DATE(2024, 1, 1)
                                          THEN 6
                                          WHEN "t70"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NOT NULL
                                    ) AS "t74"
                                      ON "t68"."person_id" = "t74"."_k_person_id"
                                      AND "t68"."benefit" = "t74"."_k_benefit"
                                      AND "t68"."start_date" = "t74"."_k_start_date"
                                  ) AS "t76"
                                ) AS "t81"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t77"."person_id" AS "_ipid",
                                    "t77"."benefit" AS "_ibenefit",
                                    "t77"."start_date" AS "_istart",
                                    "t77"."i_start" AS "_i_start",
                                    "t77"."i_end" AS "_i_end",
                                    "t77"."cum_before" AS "_cum"
                                  FROM (
                                    SELECT
                                      "t75"."person_id",
                                      "t75"."benefit",
                                      "t75"."_key" AS "start_date",
                                      "t75"."i_start",
                                      "t75"."i_end",
                                      CAST(COALESCE(
                                        SUM("t75"."_len") OVER (
                                          PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                          ORDER BY "t75"."i_start" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                        ),
                                        0
                                      ) AS INT) AS "cum_before"
                                    FROM (
                                      SELECT
                                        "t72"."person_id",
                                        "t72"."benefit",
                                        "t72"."_key",
                                        "t72"."_island",
                                        "t72"."i_start",
                                        "t72"."i_end",
                                        CASE
                                          WHEN "t72"."i_end" = MAKE_DATE(9999, 12, 31)
                                          THEN 0
                                          ELSE DATE_DIFF('DAY', "t72"."i_start", "t72"."i_end") + 1
                                        END AS "_len"
                                      FROM (
                                        SELECT
                                          "t71"."person_id",
                                          "t71"."benefit",
                                          "t71"."_key",
                                          "t71"."_island",
                                          MIN("t71"."start_date") AS "i_start",
                                          MAX("t71"."_end") AS "i_end"
                                        FROM (
                                          SELECT
                                            "t69"."person_id",
                                            "t69"."benefit",
                                            "t69"."start_date",
                                            "t69"."_end",
                                            "t69"."_key",
                                            "t69"."_acc",
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
                                            "t69"."_new",
                                            SUM("t69"."_new") OVER (
                                              PARTITION BY "t69"."person_id", "t69"."benefit", "t69"."_key"
                                              ORDER BY "t69"."start_date" ASC, "t69"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                            ) AS "_island"
                                          FROM (
                                            SELECT
                                              "t65"."person_id",
                                              "t65"."benefit",
                                              "t65"."start_date",
                                              "t65"."_end",
                                              "t65"."_key",
                                              "t65"."_acc",
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
                                              CASE
                                                WHEN MAX("t65"."_end") OVER (
                                                  PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                  ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                ) IS NULL
                                                THEN 1
                                                WHEN "t65"."start_date" > CAST(CAST(MAX("t65"."_end") OVER (
                                                  PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                  ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                THEN 1
                                                ELSE 0
                                              END AS "_new"
                                            FROM (
                                              SELECT
                                                *
                                              FROM "t63" AS "t64"
                                              WHERE
                                                "t64"."_acc"
                                            ) AS "t65"
                                          ) AS "t69"
                                        ) AS "t71"
                                        GROUP BY
                                          1,
                                          2,
                                          3,
                                          4
                                      ) AS "t72"
                                    ) AS "t75"
                                  ) AS "t77"
                                ) AS "t79"
                                  ON "t81"."person_id" = "t79"."_ipid"
                                  AND "t81"."benefit" = "t79"."_ibenefit"
                                  AND "t81"."start_date" = "t79"."_istart"
                                  AND "t79"."_cum" < "t81"."_needed"
                                  AND (
                                    (
                                      "t79"."_i_end" = MAKE_DATE(9999, 12, 31)
                                    )
                                    OR (
                                      (
                                        "t79"."_cum" + DATE_DIFF('DAY', "t79"."_i_start", "t79"."_i_end") + 1
                                      ) >= "t81"."_needed"
                                    )
                                  )
                              ) AS "t82"
                            ) AS "t83"
                          ) AS "t84"
                        ) AS "t85"
                      ) AS "t87"
                      LEFT OUTER JOIN (
                        SELECT
                          "t90"."person_id",
                          "t90"."benefit",
                          "t90"."start_date",
                          CAST(SUM(
                            DATE_DIFF(
                              'DAY',
                              GREATEST("t90"."_ex_start", "t90"."_from"),
                              LEAST("t90"."_ex_end", "t90"."_to")
                            ) + 1
                          ) AS INT) AS "exempt_days",
                          BOOL_OR(
                            CAST((
                              "t90"."_ex_start" <= CAST($as_of AS DATE)
                            )
                            AND (
                              "t90"."_ex_end" >= CAST($as_of AS DATE)
                            ) AS BOOLEAN)
                          ) AS "exempt_now",
                          LISTAGG(
                            
                              'fritaget ' || CAST("t90"."_ex_start" AS TEXT) || '–' || CAST("t90"."_ex_end" AS TEXT) || ' (' || "t90"."_ex_reason" || ')',
                              ', ' ORDER BY "t90"."_ex_start" ASC
                            
                          ) AS "exemption_note"
                        FROM (
                          SELECT
                            "t89"."person_id",
                            "t89"."benefit",
                            "t89"."start_date",
                            "t89"."_from",
                            "t89"."_to",
                            "t9"."_pid",
                            "t9"."_ex_start",
                            "t9"."_ex_end",
                            "t9"."_ex_reason"
                          FROM (
                            SELECT
                              "t86"."person_id",
                              "t86"."benefit",
                              "t86"."start_date",
                              "t86"."window_start" AS "_from",
                              "t86"."due0" AS "_to"
                            FROM (
                              SELECT
                                "t85".*
                                EXCLUDE ("_point")
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
                                  "t84"."required",
                                  "t84"."required_joint",
                                  "t84"."in_force",
                                  "t84"."_end_unconfirmed",
                                  "t84"."_point",
                                  CAST(CAST("t84"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                FROM (
                                  SELECT
                                    "t83".*
                                    EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                  FROM (
                                    SELECT
                                      "t82"."person_id",
                                      "t82"."benefit",
                                      "t82"."start_date",
                                      "t82"."end_date",
                                      "t82"."first_contact_date",
                                      "t82"."target_group",
                                      "t82"."first_absence_date",
                                      "t82"."sickness_category",
                                      "t82"."employed",
                                      "t82"."handover_date",
                                      "t82"."expected_absence_weeks",
                                      "t82"."work_obligation",
                                      "t82"."municipality",
                                      "t82"."early_followup_request_date",
                                      "t82"."education_order",
                                      "t82"."periods",
                                      "t82"."window_start",
                                      "t82"."required",
                                      "t82"."required_joint",
                                      "t82"."in_force",
                                      "t82"."_end_unconfirmed",
                                      "t82"."_plain",
                                      "t82"."_needed",
                                      "t82"."_ipid",
                                      "t82"."_ibenefit",
                                      "t82"."_istart",
                                      "t82"."_i_start",
                                      "t82"."_i_end",
                                      "t82"."_cum",
                                      CASE
                                        WHEN "t82"."_i_start" IS NOT NULL
                                        THEN CAST(CAST("t82"."_i_start" + TO_DAYS(CAST("t82"."_needed" - "t82"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                        ELSE "t82"."_plain"
                                      END AS "_point"
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
                                        "t81"."required",
                                        "t81"."required_joint",
                                        "t81"."in_force",
                                        "t81"."_end_unconfirmed",
                                        "t81"."_plain",
                                        "t81"."_needed",
                                        "t79"."_ipid",
                                        "t79"."_ibenefit",
                                        "t79"."_istart",
                                        "t79"."_i_start",
                                        "t79"."_i_end",
                                        "t79"."_cum"
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
                                          "t76"."start_date" AS "window_start",
                                          COALESCE(
                                            CASE
                                              WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 4
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) + COALESCE(
                                            CASE
                                              WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 0
                                              WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 0
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) AS "required",
                                          COALESCE(
                                            CASE
                                              WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 0
                                              WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 0
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) AS "required_joint",
                                          (
                                            CASE
                                              WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 4
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NOT NULL
                                          )
                                          AND (
                                            CASE
                                              WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 6
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NOT NULL
                                          ) AS "in_force",
                                          COALESCE(
                                            (
                                              CASE
                                                WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 3
                                                WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN 4
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NULL
                                            )
                                            AND COALESCE(
                                              ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN [
                                                    'kontanthjaelp:aktivitetsparat',
                                                    'kontanthjaelp:uddannelsesparat',
                                                    'uddannelseshjaelp:aktivitetsparat',
                                                    'uddannelseshjaelp:uddannelsesparat',
                                                    'jobafklaring',
                                                    'ressourceforloeb',
                                                    'revalidering'
                                                  ]
                                                  ELSE CAST(NULL AS TEXT[])
                                                END,
                                                "t76"."benefit"
                                              )
                                              OR ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN [
                                                    'kontanthjaelp:aktivitetsparat',
                                                    'kontanthjaelp:uddannelsesparat',
                                                    'uddannelseshjaelp:aktivitetsparat',
                                                    'uddannelseshjaelp:uddannelsesparat',
                                                    'jobafklaring',
                                                    'ressourceforloeb',
                                                    'revalidering'
                                                  ]
                                                  ELSE CAST(NULL AS TEXT[])
                                                END,
                                                "t76"."benefit" || ':' || COALESCE("t76"."target_group", '')
                                              ),
                                              FALSE
                                            ),
                                            FALSE
                                          ) AS "_end_unconfirmed",
                                          CAST(CAST("t76"."start_date" + TO_MONTHS(
                                            COALESCE(
                                              CASE
                                                WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN 6
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            )
                                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                                          DATE_DIFF(
                                            'DAY',
                                            "t76"."start_date",
                                            CAST(CAST("t76"."start_date" + TO_MONTHS(
                                              COALESCE(
                                                CASE
                                                  WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 6
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              )
                                            ) AS TIMESTAMP) AS DATE)
                                          ) AS "_needed"
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
                                            "t68"."periods"
                                          FROM (
                                            SELECT
                                              "t66"."person_id",
                                              "t66"."benefit",
                                              "t66"."_key" AS "start_date",
                                              CASE
                                                WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                                THEN CAST(NULL AS DATE)
                                                ELSE "t66"."_end"
                                              END AS "end_date",
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
                                              "t66"."periods"
                                            FROM (
                                              SELECT
                                                "t64"."person_id",
                                                "t64"."benefit",
                                                "t64"."_key",
                                                MAX("t64"."_end") AS "_end",
                                                COUNT(*) AS "periods",
                                                FIRST("t64"."first_contact_date" ORDER BY "t64"."start_date") AS "first_contact_date",
                                                FIRST("t64"."target_group" ORDER BY "t64"."start_date") AS "target_group",
                                                FIRST("t64"."first_absence_date" ORDER BY "t64"."start_date") AS "first_absence_date",
                                                FIRST("t64"."sickness_category" ORDER BY "t64"."start_date") AS "sickness_category",
                                                FIRST("t64"."employed" ORDER BY "t64"."start_date") AS "employed",
                                                FIRST("t64"."handover_date" ORDER BY "t64"."start_date") AS "handover_date",
                                                FIRST("t64"."expected_absence_weeks" ORDER BY "t64"."start_date") AS "expected_absence_weeks",
                                                FIRST("t64"."work_obligation" ORDER BY "t64"."start_date") AS "work_obligation",
                                                FIRST("t64"."municipality" ORDER BY "t64"."start_date") AS "municipality",
                                                MIN("t64"."early_followup_request_date") AS "early_followup_request_date",
                                                BOOL_OR(CAST(COALESCE("t64"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                              FROM "t63" AS "t64"
                                              GROUP BY
                                                1,
                                                2,
                                                3
                                            ) AS "t66"
                                            WHERE
                                              "t66"."benefit" IN ('dagpenge')
                                          ) AS "t68"
                                          ANTI JOIN (
                                            SELECT
                                              "t70"."person_id" AS "_k_person_id",
                                              "t70"."benefit" AS "_k_benefit",
                                              "t70"."start_date" AS "_k_start_date"
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
                                                "t68"."periods"
                                              FROM (
                                                SELECT
                                                  "t66"."person_id",
                                                  "t66"."benefit",
                                                  "t66"."_key" AS "start_date",
                                                  CASE
                                                    WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                                    THEN CAST(NULL AS DATE)
                                                    ELSE "t66"."_end"
                                                  END AS "end_date",
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
                                                  "t66"."periods"
                                                FROM (
                                                  SELECT
                                                    "t64"."person_id",
                                                    "t64"."benefit",
                                                    "t64"."_key",
                                                    MAX("t64"."_end") AS "_end",
                                                    COUNT(*) AS "periods",
                                                    FIRST("t64"."first_contact_date" ORDER BY "t64"."start_date") AS "first_contact_date",
                                                    FIRST("t64"."target_group" ORDER BY "t64"."start_date") AS "target_group",
                                                    FIRST("t64"."first_absence_date" ORDER BY "t64"."start_date") AS "first_absence_date",
                                                    FIRST("t64"."sickness_category" ORDER BY "t64"."start_date") AS "sickness_category",
                                                    FIRST("t64"."employed" ORDER BY "t64"."start_date") AS "employed",
                                                    FIRST("t64"."handover_date" ORDER BY "t64"."start_date") AS "handover_date",
                                                    FIRST("t64"."expected_absence_weeks" ORDER BY "t64"."start_date") AS "expected_absence_weeks",
                                                    FIRST("t64"."work_obligation" ORDER BY "t64"."start_date") AS "work_obligation",
                                                    FIRST("t64"."municipality" ORDER BY "t64"."start_date") AS "municipality",
                                                    MIN("t64"."early_followup_request_date") AS "early_followup_request_date",
                                                    BOOL_OR(CAST(COALESCE("t64"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                  FROM "t63" AS "t64"
                                                  GROUP BY
                                                    1,
                                                    2,
                                                    3
                                                ) AS "t66"
                                                WHERE
                                                  "t66"."benefit" IN ('dagpenge')
                                              ) AS "t68"
                                              SEMI JOIN (
                                                SELECT
                                                  "t2"."person_id" AS "_mpid",
                                                  "t2"."start_date" AS "_mstart"
                                                FROM "benefit_periods" AS "t2"
                                                WHERE
                                                  "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                              ) AS "t10"
                                                ON "t68"."person_id" = "t10"."_mpid"
                                                AND "t10"."_mstart" >= "t68"."start_date"
                                                AND (
                                                  (
                                                    "t68"."end_date" IS NULL
                                                  ) OR (
                                                    "t10"."_mstart" <= "t68"."end_date"
                                                  )
                                                )
                                            ) AS "t70"
                                            WHERE
                                              CASE
                                                WHEN "t70"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t70"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 6
                                                WHEN "t70"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                          ) AS "t74"
                                            ON "t68"."person_id" = "t74"."_k_person_id"
                                            AND "t68"."benefit" = "t74"."_k_benefit"
                                            AND "t68"."start_date" = "t74"."_k_start_date"
                                        ) AS "t76"
                                      ) AS "t81"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t77"."person_id" AS "_ipid",
                                          "t77"."benefit" AS "_ibenefit",
                                          "t77"."start_date" AS "_istart",
                                          "t77"."i_start" AS "_i_start",
                                          "t77"."i_end" AS "_i_end",
                                          "t77"."cum_before" AS "_cum"
                                        FROM (
                                          SELECT
                                            "t75"."person_id",
                                            "t75"."benefit",
                                            "t75"."_key" AS "start_date",
                                            "t75"."i_start",
                                            "t75"."i_end",
                                            CAST(COALESCE(
                                              SUM("t75"."_len") OVER (
                                                PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                                ORDER BY "t75"."i_start" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ),
                                              0
                                            ) AS INT) AS "cum_before"
                                          FROM (
                                            SELECT
                                              "t72"."person_id",
                                              "t72"."benefit",
                                              "t72"."_key",
                                              "t72"."_island",
                                              "t72"."i_start",
                                              "t72"."i_end",
                                              CASE
                                                WHEN "t72"."i_end" = MAKE_DATE(9999, 12, 31)
                                                THEN 0
                                                ELSE DATE_DIFF('DAY', "t72"."i_start", "t72"."i_end") + 1
                                              END AS "_len"
                                            FROM (
                                              SELECT
                                                "t71"."person_id",
                                                "t71"."benefit",
                                                "t71"."_key",
                                                "t71"."_island",
                                                MIN("t71"."start_date") AS "i_start",
                                                MAX("t71"."_end") AS "i_end"
                                              FROM (
                                                SELECT
                                                  "t69"."person_id",
                                                  "t69"."benefit",
                                                  "t69"."start_date",
                                                  "t69"."_end",
                                                  "t69"."_key",
                                                  "t69"."_acc",
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
                                                  "t69"."_new",
                                                  SUM("t69"."_new") OVER (
                                                    PARTITION BY "t69"."person_id", "t69"."benefit", "t69"."_key"
                                                    ORDER BY "t69"."start_date" ASC, "t69"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                  ) AS "_island"
                                                FROM (
                                                  SELECT
                                                    "t65"."person_id",
                                                    "t65"."benefit",
                                                    "t65"."start_date",
                                                    "t65"."_end",
                                                    "t65"."_key",
                                                    "t65"."_acc",
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
                                                    CASE
                                                      WHEN MAX("t65"."_end") OVER (
                                                        PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                        ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ) IS NULL
                                                      THEN 1
                                                      WHEN "t65"."start_date" > CAST(CAST(MAX("t65"."_end") OVER (
                                                        PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                        ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                      THEN 1
                                                      ELSE 0
                                                    END AS "_new"
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM "t63" AS "t64"
                                                    WHERE
                                                      "t64"."_acc"
                                                  ) AS "t65"
                                                ) AS "t69"
                                              ) AS "t71"
                                              GROUP BY
                                                1,
                                                2,
                                                3,
                                                4
                                            ) AS "t72"
                                          ) AS "t75"
                                        ) AS "t77"
                                      ) AS "t79"
                                        ON "t81"."person_id" = "t79"."_ipid"
                                        AND "t81"."benefit" = "t79"."_ibenefit"
                                        AND "t81"."start_date" = "t79"."_istart"
                                        AND "t79"."_cum" < "t81"."_needed"
                                        AND (
                                          (
                                            "t79"."_i_end" = MAKE_DATE(9999, 12, 31)
                                          )
                                          OR (
                                            (
                                              "t79"."_cum" + DATE_DIFF('DAY', "t79"."_i_start", "t79"."_i_end") + 1
                                            ) >= "t81"."_needed"
                                          )
                                        )
                                    ) AS "t82"
                                  ) AS "t83"
                                ) AS "t84"
                              ) AS "t85"
                            ) AS "t86"
                          ) AS "t89"
                          INNER JOIN (
                            SELECT
                              "t1"."person_id" AS "_pid",
                              "t1"."start_date" AS "_ex_start",
                              "t1"."end_date" AS "_ex_end",
                              "t1"."reason" AS "_ex_reason"
                            FROM "exemptions" AS "t1"
                            WHERE
                              "t1"."start_date" <= CAST($as_of AS DATE)
                          ) AS "t9"
                            ON "t89"."person_id" = "t9"."_pid"
                            AND "t9"."_ex_start" <= "t89"."_to"
                            AND "t9"."_ex_end" >= "t89"."_from"
                        ) AS "t90"
                        GROUP BY
                          1,
                          2,
                          3
                      ) AS "t92"
                        ON "t87"."person_id" = "t92"."person_id"
                        AND "t87"."benefit" = "t92"."benefit"
                        AND "t87"."start_date" = "t92"."start_date"
                    ) AS "t93"
                  ) AS "t94"
                ) AS "t96"
                LEFT OUTER JOIN (
                  SELECT
                    "t77"."person_id" AS "_ipid",
                    "t77"."benefit" AS "_ibenefit",
                    "t77"."start_date" AS "_istart",
                    "t77"."i_start" AS "_i_start",
                    "t77"."i_end" AS "_i_end",
                    "t77"."cum_before" AS "_cum"
                  FROM (
                    SELECT
                      "t75"."person_id",
                      "t75"."benefit",
                      "t75"."_key" AS "start_date",
                      "t75"."i_start",
                      "t75"."i_end",
                      CAST(COALESCE(
                        SUM("t75"."_len") OVER (
                          PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                          ORDER BY "t75"."i_start" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ),
                        0
                      ) AS INT) AS "cum_before"
                    FROM (
                      SELECT
                        "t72"."person_id",
                        "t72"."benefit",
                        "t72"."_key",
                        "t72"."_island",
                        "t72"."i_start",
                        "t72"."i_end",
                        CASE
                          WHEN "t72"."i_end" = MAKE_DATE(9999, 12, 31)
                          THEN 0
                          ELSE DATE_DIFF('DAY', "t72"."i_start", "t72"."i_end") + 1
                        END AS "_len"
                      FROM (
                        SELECT
                          "t71"."person_id",
                          "t71"."benefit",
                          "t71"."_key",
                          "t71"."_island",
                          MIN("t71"."start_date") AS "i_start",
                          MAX("t71"."_end") AS "i_end"
                        FROM (
                          SELECT
                            "t69"."person_id",
                            "t69"."benefit",
                            "t69"."start_date",
                            "t69"."_end",
                            "t69"."_key",
                            "t69"."_acc",
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
                            "t69"."_new",
                            SUM("t69"."_new") OVER (
                              PARTITION BY "t69"."person_id", "t69"."benefit", "t69"."_key"
                              ORDER BY "t69"."start_date" ASC, "t69"."_end" ASC
                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                            ) AS "_island"
                          FROM (
                            SELECT
                              "t65"."person_id",
                              "t65"."benefit",
                              "t65"."start_date",
                              "t65"."_end",
                              "t65"."_key",
                              "t65"."_acc",
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
                              CASE
                                WHEN MAX("t65"."_end") OVER (
                                  PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                  ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                ) IS NULL
                                THEN 1
                                WHEN "t65"."start_date" > CAST(CAST(MAX("t65"."_end") OVER (
                                  PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                  ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                THEN 1
                                ELSE 0
                              END AS "_new"
                            FROM (
                              SELECT
                                *
                              FROM "t63" AS "t64"
                              WHERE
                                "t64"."_acc"
                            ) AS "t65"
                          ) AS "t69"
                        ) AS "t71"
                        GROUP BY
                          1,
                          2,
                          3,
                          4
                      ) AS "t72"
                    ) AS "t75"
                  ) AS "t77"
                ) AS "t79"
                  ON "t96"."person_id" = "t79"."_ipid"
                  AND "t96"."benefit" = "t79"."_ibenefit"
                  AND "t96"."start_date" = "t79"."_istart"
                  AND "t79"."_cum" < "t96"."_needed"
                  AND (
                    (
                      "t79"."_i_end" = MAKE_DATE(9999, 12, 31)
                    )
                    OR (
                      (
                        "t79"."_cum" + DATE_DIFF('DAY', "t79"."_i_start", "t79"."_i_end") + 1
                      ) >= "t96"."_needed"
                    )
                  )
              ) AS "t97"
            ) AS "t98"
          ) AS "t100"
          LEFT OUTER JOIN (
            SELECT
              "t124".*
              EXCLUDE ("_need")
            FROM (
              SELECT
                "t122"."person_id",
                "t122"."benefit",
                "t122"."start_date",
                CASE
                  WHEN "t122"."counted" >= "t122"."_need"
                  THEN "t122"."nth_date"
                  ELSE CAST(NULL AS DATE)
                END AS "nth_date",
                "t122"."counted",
                "t122"."in_window",
                "t122"."listed",
                "t122"."_need"
              FROM (
                SELECT
                  "t120"."person_id",
                  "t120"."benefit",
                  "t120"."start_date",
                  MAX("t120"."date") AS "nth_date",
                  COUNT(*) AS "counted",
                  SUM(CAST("t120"."date" <= "t120"."_due" AS INT)) AS "in_window",
                  LISTAGG("t120"."description", ', ' ORDER BY "t120"."date" ASC) AS "listed",
                  MAX("t120"."_n") AS "_need"
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t116"."person_id",
                      "t116"."benefit",
                      "t116"."start_date",
                      "t116"."date",
                      "t116"."description",
                      "t116"."_n",
                      "t116"."_due",
                      ROW_NUMBER() OVER (
                        PARTITION BY "t116"."person_id", "t116"."benefit", "t116"."start_date"
                        ORDER BY "t116"."date" ASC, "t116"."description" ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                      ) - 1 AS "_rank"
                    FROM (
                      SELECT
                        "t114"."person_id",
                        "t114"."benefit",
                        "t114"."start_date",
                        "t114"."date",
                        "t114"."description",
                        "t104"."_n",
                        "t104"."_due"
                      FROM (
                        SELECT
                          "t110"."person_id",
                          "t110"."benefit",
                          "t110"."start_date",
                          "t110"."date",
                          "t110"."kind" || ' ' || CAST("t110"."date" AS TEXT) || ' (' || "t110"."form" || ', ' || "t110"."held_by" || ')' AS "description"
                        FROM (
                          SELECT
                            "t108"."person_id",
                            "t108"."benefit",
                            "t108"."start_date",
                            "t108"."window_start",
                            "t108"."_first",
                            "t108"."_last",
                            "t8"."person_id" AS "person_id_right",
                            "t8"."date",
                            "t8"."kind",
                            "t8"."form",
                            "t8"."held_by",
                            "t8"."status",
                            "t8"."individual",
                            "t8"."caseworker_id",
                            "t8"."purpose"
                          FROM (
                            SELECT
                              "t99"."person_id",
                              "t99"."benefit",
                              "t99"."start_date",
                              "t99"."window_start",
                              "t99"."_count_from" AS "_first",
                              COALESCE("t99"."end_date", CAST($as_of AS DATE)) AS "_last"
                            FROM (
                              SELECT
                                "t98".*
                                EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                              FROM (
                                SELECT
                                  "t97"."person_id",
                                  "t97"."benefit",
                                  "t97"."start_date",
                                  "t97"."end_date",
                                  "t97"."first_contact_date",
                                  "t97"."target_group",
                                  "t97"."first_absence_date",
                                  "t97"."sickness_category",
                                  "t97"."employed",
                                  "t97"."handover_date",
                                  "t97"."expected_absence_weeks",
                                  "t97"."work_obligation",
                                  "t97"."municipality",
                                  "t97"."early_followup_request_date",
                                  "t97"."education_order",
                                  "t97"."periods",
                                  "t97"."window_start",
                                  "t97"."required",
                                  "t97"."required_joint",
                                  "t97"."in_force",
                                  "t97"."_end_unconfirmed",
                                  "t97"."due0",
                                  "t97"."exempt_days",
                                  "t97"."exempt_now",
                                  "t97"."exemption_note",
                                  "t97"."due_date",
                                  "t97"."_plain",
                                  "t97"."_needed",
                                  "t97"."_ipid",
                                  "t97"."_ibenefit",
                                  "t97"."_istart",
                                  "t97"."_i_start",
                                  "t97"."_i_end",
                                  "t97"."_cum",
                                  CASE
                                    WHEN "t97"."_i_start" IS NOT NULL
                                    THEN CAST(CAST("t97"."_i_start" + TO_DAYS(CAST("t97"."_needed" - "t97"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                    ELSE "t97"."_plain"
                                  END AS "_count_from"
                                FROM (
                                  SELECT
                                    "t96"."person_id",
                                    "t96"."benefit",
                                    "t96"."start_date",
                                    "t96"."end_date",
                                    "t96"."first_contact_date",
                                    "t96"."target_group",
                                    "t96"."first_absence_date",
                                    "t96"."sickness_category",
                                    "t96"."employed",
                                    "t96"."handover_date",
                                    "t96"."expected_absence_weeks",
                                    "t96"."work_obligation",
                                    "t96"."municipality",
                                    "t96"."early_followup_request_date",
                                    "t96"."education_order",
                                    "t96"."periods",
                                    "t96"."window_start",
                                    "t96"."required",
                                    "t96"."required_joint",
                                    "t96"."in_force",
                                    "t96"."_end_unconfirmed",
                                    "t96"."due0",
                                    "t96"."exempt_days",
                                    "t96"."exempt_now",
                                    "t96"."exemption_note",
                                    "t96"."due_date",
                                    "t96"."_plain",
                                    "t96"."_needed",
                                    "t79"."_ipid",
                                    "t79"."_ibenefit",
                                    "t79"."_istart",
                                    "t79"."_i_start",
                                    "t79"."_i_end",
                                    "t79"."_cum"
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
                                      "t94"."required",
                                      "t94"."required_joint",
                                      "t94"."in_force",
                                      "t94"."_end_unconfirmed",
                                      "t94"."due0",
                                      COALESCE("t94"."exempt_days", 0) AS "exempt_days",
                                      COALESCE("t94"."exempt_now", FALSE) AS "exempt_now",
                                      COALESCE("t94"."exemption_note", '') AS "exemption_note",
                                      CAST(CAST("t94"."due0" + TO_DAYS(
                                        CASE
                                          WHEN COALESCE(
                                            CASE
                                              WHEN "t94"."window_start" >= MAKE_DATE(2020, 1, 1)
                                              THEN TRUE
                                              ELSE CAST(NULL AS BOOLEAN)
                                            END,
                                            FALSE
                                          )
                                          THEN COALESCE("t94"."exempt_days", 0)
                                          ELSE 0
                                        END
                                      ) AS TIMESTAMP) AS DATE) AS "due_date",
                                      CAST(CAST("t94"."window_start" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t94"."window_start" >= MAKE_DATE(2024, 1, 1)
                                            THEN 3
                                            WHEN "t94"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 0
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                                      DATE_DIFF(
                                        'DAY',
                                        "t94"."window_start",
                                        CAST(CAST("t94"."window_start" + TO_MONTHS(
                                          COALESCE(
                                            CASE
                                              WHEN "t94"."window_start" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t94"."window_start" >= MAKE_DATE(2020, 1, 1)
                                              THEN 0
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          )
                                        ) AS TIMESTAMP) AS DATE)
                                      ) AS "_needed"
                                    FROM (
                                      SELECT
                                        "t93".*
                                        EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                                      FROM (
                                        SELECT
                                          "t87"."person_id",
                                          "t87"."benefit",
                                          "t87"."start_date",
                                          "t87"."end_date",
                                          "t87"."first_contact_date",
                                          "t87"."target_group",
                                          "t87"."first_absence_date",
                                          "t87"."sickness_category",
                                          "t87"."employed",
                                          "t87"."handover_date",
                                          "t87"."expected_absence_weeks",
                                          "t87"."work_obligation",
                                          "t87"."municipality",
                                          "t87"."early_followup_request_date",
                                          "t87"."education_order",
                                          "t87"."periods",
                                          "t87"."window_start",
                                          "t87"."required",
                                          "t87"."required_joint",
                                          "t87"."in_force",
                                          "t87"."_end_unconfirmed",
                                          "t87"."due0",
                                          "t92"."person_id" AS "person_id_right",
                                          "t92"."benefit" AS "benefit_right",
                                          "t92"."start_date" AS "start_date_right",
                                          "t92"."exempt_days",
                                          "t92"."exempt_now",
                                          "t92"."exemption_note"
                                        FROM (
                                          SELECT
                                            "t85".*
                                            EXCLUDE ("_point")
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
                                              "t84"."required",
                                              "t84"."required_joint",
                                              "t84"."in_force",
                                              "t84"."_end_unconfirmed",
                                              "t84"."_point",
                                              CAST(CAST("t84"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                            FROM (
                                              SELECT
                                                "t83".*
                                                EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                              FROM (
                                                SELECT
                                                  "t82"."person_id",
                                                  "t82"."benefit",
                                                  "t82"."start_date",
                                                  "t82"."end_date",
                                                  "t82"."first_contact_date",
                                                  "t82"."target_group",
                                                  "t82"."first_absence_date",
                                                  "t82"."sickness_category",
                                                  "t82"."employed",
                                                  "t82"."handover_date",
                                                  "t82"."expected_absence_weeks",
                                                  "t82"."work_obligation",
                                                  "t82"."municipality",
                                                  "t82"."early_followup_request_date",
                                                  "t82"."education_order",
                                                  "t82"."periods",
                                                  "t82"."window_start",
                                                  "t82"."required",
                                                  "t82"."required_joint",
                                                  "t82"."in_force",
                                                  "t82"."_end_unconfirmed",
                                                  "t82"."_plain",
                                                  "t82"."_needed",
                                                  "t82"."_ipid",
                                                  "t82"."_ibenefit",
                                                  "t82"."_istart",
                                                  "t82"."_i_start",
                                                  "t82"."_i_end",
                                                  "t82"."_cum",
                                                  CASE
                                                    WHEN "t82"."_i_start" IS NOT NULL
                                                    THEN CAST(CAST("t82"."_i_start" + TO_DAYS(CAST("t82"."_needed" - "t82"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                    ELSE "t82"."_plain"
                                                  END AS "_point"
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
                                                    "t81"."required",
                                                    "t81"."required_joint",
                                                    "t81"."in_force",
                                                    "t81"."_end_unconfirmed",
                                                    "t81"."_plain",
                                                    "t81"."_needed",
                                                    "t79"."_ipid",
                                                    "t79"."_ibenefit",
                                                    "t79"."_istart",
                                                    "t79"."_i_start",
                                                    "t79"."_i_end",
                                                    "t79"."_cum"
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
                                                      "t76"."start_date" AS "window_start",
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      ) + COALESCE(
                                                        CASE
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 0
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 0
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      ) AS "required",
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 0
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 0
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      ) AS "required_joint",
                                                      (
                                                        CASE
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NOT NULL
                                                      )
                                                      AND (
                                                        CASE
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 6
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NOT NULL
                                                      ) AS "in_force",
                                                      COALESCE(
                                                        (
                                                          CASE
                                                            WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 3
                                                            WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 4
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END IS NULL
                                                        )
                                                        AND COALESCE(
                                                          ARRAY_CONTAINS(
                                                            CASE
                                                              WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                              THEN [
                                                                'kontanthjaelp:aktivitetsparat',
                                                                'kontanthjaelp:uddannelsesparat',
                                                                'uddannelseshjaelp:aktivitetsparat',
                                                                'uddannelseshjaelp:uddannelsesparat',
                                                                'jobafklaring',
                                                                'ressourceforloeb',
                                                                'revalidering'
                                                              ]
                                                              ELSE CAST(NULL AS TEXT[])
                                                            END,
                                                            "t76"."benefit"
                                                          )
                                                          OR ARRAY_CONTAINS(
                                                            CASE
                                                              WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                              THEN [
                                                                'kontanthjaelp:aktivitetsparat',
                                                                'kontanthjaelp:uddannelsesparat',
                                                                'uddannelseshjaelp:aktivitetsparat',
                                                                'uddannelseshjaelp:uddannelsesparat',
                                                                'jobafklaring',
                                                                'ressourceforloeb',
                                                                'revalidering'
                                                              ]
                                                              ELSE CAST(NULL AS TEXT[])
                                                            END,
                                                            "t76"."benefit" || ':' || COALESCE("t76"."target_group", '')
                                                          ),
                                                          FALSE
                                                        ),
                                                        FALSE
                                                      ) AS "_end_unconfirmed",
                                                      CAST(CAST("t76"."start_date" + TO_MONTHS(
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 6
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        )
                                                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                      DATE_DIFF(
                                                        'DAY',
                                                        "t76"."start_date",
                                                        CAST(CAST("t76"."start_date" + TO_MONTHS(
                                                          COALESCE(
                                                            CASE
                                                              WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 6
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          )
                                                        ) AS TIMESTAMP) AS DATE)
                                                      ) AS "_needed"
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
                                                        "t68"."periods"
                                                      FROM (
                                                        SELECT
                                                          "t66"."person_id",
                                                          "t66"."benefit",
                                                          "t66"."_key" AS "start_date",
                                                          CASE
                                                            WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                                            THEN CAST(NULL AS DATE)
                                                            ELSE "t66"."_end"
                                                          END AS "end_date",
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
                                                          "t66"."periods"
                                                        FROM (
                                                          SELECT
                                                            "t64"."person_id",
                                                            "t64"."benefit",
                                                            "t64"."_key",
                                                            MAX("t64"."_end") AS "_end",
                                                            COUNT(*) AS "periods",
                                                            FIRST("t64"."first_contact_date" ORDER BY "t64"."start_date") AS "first_contact_date",
                                                            FIRST("t64"."target_group" ORDER BY "t64"."start_date") AS "target_group",
                                                            FIRST("t64"."first_absence_date" ORDER BY "t64"."start_date") AS "first_absence_date",
                                                            FIRST("t64"."sickness_category" ORDER BY "t64"."start_date") AS "sickness_category",
                                                            FIRST("t64"."employed" ORDER BY "t64"."start_date") AS "employed",
                                                            FIRST("t64"."handover_date" ORDER BY "t64"."start_date") AS "handover_date",
                                                            FIRST("t64"."expected_absence_weeks" ORDER BY "t64"."start_date") AS "expected_absence_weeks",
                                                            FIRST("t64"."work_obligation" ORDER BY "t64"."start_date") AS "work_obligation",
                                                            FIRST("t64"."municipality" ORDER BY "t64"."start_date") AS "municipality",
                                                            MIN("t64"."early_followup_request_date") AS "early_followup_request_date",
                                                            BOOL_OR(CAST(COALESCE("t64"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                          FROM "t63" AS "t64"
                                                          GROUP BY
                                                            1,
                                                            2,
                                                            3
                                                        ) AS "t66"
                                                        WHERE
                                                          "t66"."benefit" IN ('dagpenge')
                                                      ) AS "t68"
                                                      ANTI JOIN (
                                                        SELECT
                                                          "t70"."person_id" AS "_k_person_id",
                                                          "t70"."benefit" AS "_k_benefit",
                                                          "t70"."start_date" AS "_k_start_date"
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
                                                            "t68"."periods"
                                                          FROM (
                                                            SELECT
                                                              "t66"."person_id",
                                                              "t66"."benefit",
                                                              "t66"."_key" AS "start_date",
                                                              CASE
                                                                WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                                                THEN CAST(NULL AS DATE)
                                                                ELSE "t66"."_end"
                                                              END AS "end_date",
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
                                                              "t66"."periods"
                                                            FROM (
                                                              SELECT
                                                                "t64"."person_id",
                                                                "t64"."benefit",
                                                                "t64"."_key",
                                                                MAX("t64"."_end") AS "_end",
                                                                COUNT(*) AS "periods",
                                                                FIRST("t64"."first_contact_date" ORDER BY "t64"."start_date") AS "first_contact_date",
                                                                FIRST("t64"."target_group" ORDER BY "t64"."start_date") AS "target_group",
                                                                FIRST("t64"."first_absence_date" ORDER BY "t64"."start_date") AS "first_absence_date",
                                                                FIRST("t64"."sickness_category" ORDER BY "t64"."start_date") AS "sickness_category",
                                                                FIRST("t64"."employed" ORDER BY "t64"."start_date") AS "employed",
                                                                FIRST("t64"."handover_date" ORDER BY "t64"."start_date") AS "handover_date",
                                                                FIRST("t64"."expected_absence_weeks" ORDER BY "t64"."start_date") AS "expected_absence_weeks",
                                                                FIRST("t64"."work_obligation" ORDER BY "t64"."start_date") AS "work_obligation",
                                                                FIRST("t64"."municipality" ORDER BY "t64"."start_date") AS "municipality",
                                                                MIN("t64"."early_followup_request_date") AS "early_followup_request_date",
                                                                BOOL_OR(CAST(COALESCE("t64"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                              FROM "t63" AS "t64"
                                                              GROUP BY
                                                                1,
                                                                2,
                                                                3
                                                            ) AS "t66"
                                                            WHERE
                                                              "t66"."benefit" IN ('dagpenge')
                                                          ) AS "t68"
                                                          SEMI JOIN (
                                                            SELECT
                                                              "t2"."person_id" AS "_mpid",
                                                              "t2"."start_date" AS "_mstart"
                                                            FROM "benefit_periods" AS "t2"
                                                            WHERE
                                                              "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                          ) AS "t10"
                                                            ON "t68"."person_id" = "t10"."_mpid"
                                                            AND "t10"."_mstart" >= "t68"."start_date"
                                                            AND (
                                                              (
                                                                "t68"."end_date" IS NULL
                                                              ) OR (
                                                                "t10"."_mstart" <= "t68"."end_date"
                                                              )
                                                            )
                                                        ) AS "t70"
                                                        WHERE
                                                          CASE
                                                            WHEN "t70"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t70"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 6
                                                            WHEN "t70"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END IS NOT NULL
                                                      ) AS "t74"
                                                        ON "t68"."person_id" = "t74"."_k_person_id"
                                                        AND "t68"."benefit" = "t74"."_k_benefit"
                                                        AND "t68"."start_date" = "t74"."_k_start_date"
                                                    ) AS "t76"
                                                  ) AS "t81"
                                                  LEFT OUTER JOIN (
                                                    SELECT
                                                      "t77"."person_id" AS "_ipid",
                                                      "t77"."benefit" AS "_ibenefit",
                                                      "t77"."start_date" AS "_istart",
                                                      "t77"."i_start" AS "_i_start",
                                                      "t77"."i_end" AS "_i_end",
                                                      "t77"."cum_before" AS "_cum"
                                                    FROM (
                                                      SELECT
                                                        "t75"."person_id",
                                                        "t75"."benefit",
                                                        "t75"."_key" AS "start_date",
                                                        "t75"."i_start",
                                                        "t75"."i_end",
                                                        CAST(COALESCE(
                                                          SUM("t75"."_len") OVER (
                                                            PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                                            ORDER BY "t75"."i_start" ASC
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                          ),
                                                          0
                                                        ) AS INT) AS "cum_before"
                                                      FROM (
                                                        SELECT
                                                          "t72"."person_id",
                                                          "t72"."benefit",
                                                          "t72"."_key",
                                                          "t72"."_island",
                                                          "t72"."i_start",
                                                          "t72"."i_end",
                                                          CASE
                                                            WHEN "t72"."i_end" = MAKE_DATE(9999, 12, 31)
                                                            THEN 0
                                                            ELSE DATE_DIFF('DAY', "t72"."i_start", "t72"."i_end") + 1
                                                          END AS "_len"
                                                        FROM (
                                                          SELECT
                                                            "t71"."person_id",
                                                            "t71"."benefit",
                                                            "t71"."_key",
                                                            "t71"."_island",
                                                            MIN("t71"."start_date") AS "i_start",
                                                            MAX("t71"."_end") AS "i_end"
                                                          FROM (
                                                            SELECT
                                                              "t69"."person_id",
                                                              "t69"."benefit",
                                                              "t69"."start_date",
                                                              "t69"."_end",
                                                              "t69"."_key",
                                                              "t69"."_acc",
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
                                                              "t69"."_new",
                                                              SUM("t69"."_new") OVER (
                                                                PARTITION BY "t69"."person_id", "t69"."benefit", "t69"."_key"
                                                                ORDER BY "t69"."start_date" ASC, "t69"."_end" ASC
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                              ) AS "_island"
                                                            FROM (
                                                              SELECT
                                                                "t65"."person_id",
                                                                "t65"."benefit",
                                                                "t65"."start_date",
                                                                "t65"."_end",
                                                                "t65"."_key",
                                                                "t65"."_acc",
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
                                                                CASE
                                                                  WHEN MAX("t65"."_end") OVER (
                                                                    PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                                    ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                  ) IS NULL
                                                                  THEN 1
                                                                  WHEN "t65"."start_date" > CAST(CAST(MAX("t65"."_end") OVER (
                                                                    PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                                    ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                                  THEN 1
                                                                  ELSE 0
                                                                END AS "_new"
                                                              FROM (
                                                                SELECT
                                                                  *
                                                                FROM "t63" AS "t64"
                                                                WHERE
                                                                  "t64"."_acc"
                                                              ) AS "t65"
                                                            ) AS "t69"
                                                          ) AS "t71"
                                                          GROUP BY
                                                            1,
                                                            2,
                                                            3,
                                                            4
                                                        ) AS "t72"
                                                      ) AS "t75"
                                                    ) AS "t77"
                                                  ) AS "t79"
                                                    ON "t81"."person_id" = "t79"."_ipid"
                                                    AND "t81"."benefit" = "t79"."_ibenefit"
                                                    AND "t81"."start_date" = "t79"."_istart"
                                                    AND "t79"."_cum" < "t81"."_needed"
                                                    AND (
                                                      (
                                                        "t79"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                      )
                                                      OR (
                                                        (
                                                          "t79"."_cum" + DATE_DIFF('DAY', "t79"."_i_start", "t79"."_i_end") + 1
                                                        ) >= "t81"."_needed"
                                                      )
                                                    )
                                                ) AS "t82"
                                              ) AS "t83"
                                            ) AS "t84"
                                          ) AS "t85"
                                        ) AS "t87"
                                        LEFT OUTER JOIN (
                                          SELECT
                                            "t90"."person_id",
                                            "t90"."benefit",
                                            "t90"."start_date",
                                            CAST(SUM(
                                              DATE_DIFF(
                                                'DAY',
                                                GREATEST("t90"."_ex_start", "t90"."_from"),
                                                LEAST("t90"."_ex_end", "t90"."_to")
                                              ) + 1
                                            ) AS INT) AS "exempt_days",
                                            BOOL_OR(
                                              CAST((
                                                "t90"."_ex_start" <= CAST($as_of AS DATE)
                                              )
                                              AND (
                                                "t90"."_ex_end" >= CAST($as_of AS DATE)
                                              ) AS BOOLEAN)
                                            ) AS "exempt_now",
                                            LISTAGG(
                                              
                                                'fritaget ' || CAST("t90"."_ex_start" AS TEXT) || '–' || CAST("t90"."_ex_end" AS TEXT) || ' (' || "t90"."_ex_reason" || ')',
                                                ', ' ORDER BY "t90"."_ex_start" ASC
                                              
                                            ) AS "exemption_note"
                                          FROM (
                                            SELECT
                                              "t89"."person_id",
                                              "t89"."benefit",
                                              "t89"."start_date",
                                              "t89"."_from",
                                              "t89"."_to",
                                              "t9"."_pid",
                                              "t9"."_ex_start",
                                              "t9"."_ex_end",
                                              "t9"."_ex_reason"
                                            FROM (
                                              SELECT
                                                "t86"."person_id",
                                                "t86"."benefit",
                                                "t86"."start_date",
                                                "t86"."window_start" AS "_from",
                                                "t86"."due0" AS "_to"
                                              FROM (
                                                SELECT
                                                  "t85".*
                                                  EXCLUDE ("_point")
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
                                                    "t84"."required",
                                                    "t84"."required_joint",
                                                    "t84"."in_force",
                                                    "t84"."_end_unconfirmed",
                                                    "t84"."_point",
                                                    CAST(CAST("t84"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                                  FROM (
                                                    SELECT
                                                      "t83".*
                                                      EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                                    FROM (
                                                      SELECT
                                                        "t82"."person_id",
                                                        "t82"."benefit",
                                                        "t82"."start_date",
                                                        "t82"."end_date",
                                                        "t82"."first_contact_date",
                                                        "t82"."target_group",
                                                        "t82"."first_absence_date",
                                                        "t82"."sickness_category",
                                                        "t82"."employed",
                                                        "t82"."handover_date",
                                                        "t82"."expected_absence_weeks",
                                                        "t82"."work_obligation",
                                                        "t82"."municipality",
                                                        "t82"."early_followup_request_date",
                                                        "t82"."education_order",
                                                        "t82"."periods",
                                                        "t82"."window_start",
                                                        "t82"."required",
                                                        "t82"."required_joint",
                                                        "t82"."in_force",
                                                        "t82"."_end_unconfirmed",
                                                        "t82"."_plain",
                                                        "t82"."_needed",
                                                        "t82"."_ipid",
                                                        "t82"."_ibenefit",
                                                        "t82"."_istart",
                                                        "t82"."_i_start",
                                                        "t82"."_i_end",
                                                        "t82"."_cum",
                                                        CASE
                                                          WHEN "t82"."_i_start" IS NOT NULL
                                                          THEN CAST(CAST("t82"."_i_start" + TO_DAYS(CAST("t82"."_needed" - "t82"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                          ELSE "t82"."_plain"
                                                        END AS "_point"
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
                                                          "t81"."required",
                                                          "t81"."required_joint",
                                                          "t81"."in_force",
                                                          "t81"."_end_unconfirmed",
                                                          "t81"."_plain",
                                                          "t81"."_needed",
                                                          "t79"."_ipid",
                                                          "t79"."_ibenefit",
                                                          "t79"."_istart",
                                                          "t79"."_i_start",
                                                          "t79"."_i_end",
                                                          "t79"."_cum"
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
                                                            "t76"."start_date" AS "window_start",
                                                            COALESCE(
                                                              CASE
                                                                WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 3
                                                                WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 4
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END,
                                                              0
                                                            ) + COALESCE(
                                                              CASE
                                                                WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 0
                                                                WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 0
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END,
                                                              0
                                                            ) AS "required",
                                                            COALESCE(
                                                              CASE
                                                                WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 0
                                                                WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 0
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END,
                                                              0
                                                            ) AS "required_joint",
                                                            (
                                                              CASE
                                                                WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 3
                                                                WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 4
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END IS NOT NULL
                                                            )
                                                            AND (
                                                              CASE
                                                                WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 6
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END IS NOT NULL
                                                            ) AS "in_force",
                                                            COALESCE(
                                                              (
                                                                CASE
                                                                  WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                                  THEN CAST(NULL AS BIGINT)
                                                                  WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                                  THEN 3
                                                                  WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                  THEN 4
                                                                  ELSE CAST(NULL AS BIGINT)
                                                                END IS NULL
                                                              )
                                                              AND COALESCE(
                                                                ARRAY_CONTAINS(
                                                                  CASE
                                                                    WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                                    THEN [
                                                                      'kontanthjaelp:aktivitetsparat',
                                                                      'kontanthjaelp:uddannelsesparat',
                                                                      'uddannelseshjaelp:aktivitetsparat',
                                                                      'uddannelseshjaelp:uddannelsesparat',
                                                                      'jobafklaring',
                                                                      'ressourceforloeb',
                                                                      'revalidering'
                                                                    ]
                                                                    ELSE CAST(NULL AS TEXT[])
                                                                  END,
                                                                  "t76"."benefit"
                                                                )
                                                                OR ARRAY_CONTAINS(
                                                                  CASE
                                                                    WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                                    THEN [
                                                                      'kontanthjaelp:aktivitetsparat',
                                                                      'kontanthjaelp:uddannelsesparat',
                                                                      'uddannelseshjaelp:aktivitetsparat',
                                                                      'uddannelseshjaelp:uddannelsesparat',
                                                                      'jobafklaring',
                                                                      'ressourceforloeb',
                                                                      'revalidering'
                                                                    ]
                                                                    ELSE CAST(NULL AS TEXT[])
                                                                  END,
                                                                  "t76"."benefit" || ':' || COALESCE("t76"."target_group", '')
                                                                ),
                                                                FALSE
                                                              ),
                                                              FALSE
                                                            ) AS "_end_unconfirmed",
                                                            CAST(CAST("t76"."start_date" + TO_MONTHS(
                                                              COALESCE(
                                                                CASE
                                                                  WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                  THEN 6
                                                                  ELSE CAST(NULL AS BIGINT)
                                                                END,
                                                                0
                                                              )
                                                            ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                            DATE_DIFF(
                                                              'DAY',
                                                              "t76"."start_date",
                                                              CAST(CAST("t76"."start_date" + TO_MONTHS(
                                                                COALESCE(
                                                                  CASE
                                                                    WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                    THEN 6
                                                                    ELSE CAST(NULL AS BIGINT)
                                                                  END,
                                                                  0
                                                                )
                                                              ) AS TIMESTAMP) AS DATE)
                                                            ) AS "_needed"
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
                                                              "t68"."periods"
                                                            FROM (
                                                              SELECT
                                                                "t66"."person_id",
                                                                "t66"."benefit",
                                                                "t66"."_key" AS "start_date",
                                                                CASE
                                                                  WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                                                  THEN CAST(NULL AS DATE)
                                                                  ELSE "t66"."_end"
                                                                END AS "end_date",
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
                                                                "t66"."periods"
                                                              FROM (
                                                                SELECT
                                                                  "t64"."person_id",
                                                                  "t64"."benefit",
                                                                  "t64"."_key",
                                                                  MAX("t64"."_end") AS "_end",
                                                                  COUNT(*) AS "periods",
                                                                  FIRST("t64"."first_contact_date" ORDER BY "t64"."start_date") AS "first_contact_date",
                                                                  FIRST("t64"."target_group" ORDER BY "t64"."start_date") AS "target_group",
                                                                  FIRST("t64"."first_absence_date" ORDER BY "t64"."start_date") AS "first_absence_date",
                                                                  FIRST("t64"."sickness_category" ORDER BY "t64"."start_date") AS "sickness_category",
                                                                  FIRST("t64"."employed" ORDER BY "t64"."start_date") AS "employed",
                                                                  FIRST("t64"."handover_date" ORDER BY "t64"."start_date") AS "handover_date",
                                                                  FIRST("t64"."expected_absence_weeks" ORDER BY "t64"."start_date") AS "expected_absence_weeks",
                                                                  FIRST("t64"."work_obligation" ORDER BY "t64"."start_date") AS "work_obligation",
                                                                  FIRST("t64"."municipality" ORDER BY "t64"."start_date") AS "municipality",
                                                                  MIN("t64"."early_followup_request_date") AS "early_followup_request_date",
                                                                  BOOL_OR(CAST(COALESCE("t64"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                                FROM "t63" AS "t64"
                                                                GROUP BY
                                                                  1,
                                                                  2,
                                                                  3
                                                              ) AS "t66"
                                                              WHERE
                                                                "t66"."benefit" IN ('dagpenge')
                                                            ) AS "t68"
                                                            ANTI JOIN (
                                                              SELECT
                                                                "t70"."person_id" AS "_k_person_id",
                                                                "t70"."benefit" AS "_k_benefit",
                                                                "t70"."start_date" AS "_k_start_date"
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
                                                                  "t68"."periods"
                                                                FROM (
                                                                  SELECT
                                                                    "t66"."person_id",
                                                                    "t66"."benefit",
                                                                    "t66"."_key" AS "start_date",
                                                                    CASE
                                                                      WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                                                      THEN CAST(NULL AS DATE)
                                                                      ELSE "t66"."_end"
                                                                    END AS "end_date",
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
                                                                    "t66"."periods"
                                                                  FROM (
                                                                    SELECT
                                                                      "t64"."person_id",
                                                                      "t64"."benefit",
                                                                      "t64"."_key",
                                                                      MAX("t64"."_end") AS "_end",
                                                                      COUNT(*) AS "periods",
                                                                      FIRST("t64"."first_contact_date" ORDER BY "t64"."start_date") AS "first_contact_date",
                                                                      FIRST("t64"."target_group" ORDER BY "t64"."start_date") AS "target_group",
                                                                      FIRST("t64"."first_absence_date" ORDER BY "t64"."start_date") AS "first_absence_date",
                                                                      FIRST("t64"."sickness_category" ORDER BY "t64"."start_date") AS "sickness_category",
                                                                      FIRST("t64"."employed" ORDER BY "t64"."start_date") AS "employed",
                                                                      FIRST("t64"."handover_date" ORDER BY "t64"."start_date") AS "handover_date",
                                                                      FIRST("t64"."expected_absence_weeks" ORDER BY "t64"."start_date") AS "expected_absence_weeks",
                                                                      FIRST("t64"."work_obligation" ORDER BY "t64"."start_date") AS "work_obligation",
                                                                      FIRST("t64"."municipality" ORDER BY "t64"."start_date") AS "municipality",
                                                                      MIN("t64"."early_followup_request_date") AS "early_followup_request_date",
                                                                      BOOL_OR(CAST(COALESCE("t64"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                                    FROM "t63" AS "t64"
                                                                    GROUP BY
                                                                      1,
                                                                      2,
                                                                      3
                                                                  ) AS "t66"
                                                                  WHERE
                                                                    "t66"."benefit" IN ('dagpenge')
                                                                ) AS "t68"
                                                                SEMI JOIN (
                                                                  SELECT
                                                                    "t2"."person_id" AS "_mpid",
                                                                    "t2"."start_date" AS "_mstart"
                                                                  FROM "benefit_periods" AS "t2"
                                                                  WHERE
                                                                    "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                                ) AS "t10"
                                                                  ON "t68"."person_id" = "t10"."_mpid"
                                                                  AND "t10"."_mstart" >= "t68"."start_date"
                                                                  AND (
                                                                    (
                                                                      "t68"."end_date" IS NULL
                                                                    ) OR (
                                                                      "t10"."_mstart" <= "t68"."end_date"
                                                                    )
                                                                  )
                                                              ) AS "t70"
                                                              WHERE
                                                                CASE
                                                                  WHEN "t70"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                                  THEN CAST(NULL AS BIGINT)
                                                                  WHEN "t70"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                                  THEN 6
                                                                  WHEN "t70"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                  THEN CAST(NULL AS BIGINT)
                                                                  ELSE CAST(NULL AS BIGINT)
                                                                END IS NOT NULL
                                                            ) AS "t74"
                                                              ON "t68"."person_id" = "t74"."_k_person_id"
                                                              AND "t68"."benefit" = "t74"."_k_benefit"
                                                              AND "t68"."start_date" = "t74"."_k_start_date"
                                                          ) AS "t76"
                                                        ) AS "t81"
                                                        LEFT OUTER JOIN (
                                                          SELECT
                                                            "t77"."person_id" AS "_ipid",
                                                            "t77"."benefit" AS "_ibenefit",
                                                            "t77"."start_date" AS "_istart",
                                                            "t77"."i_start" AS "_i_start",
                                                            "t77"."i_end" AS "_i_end",
                                                            "t77"."cum_before" AS "_cum"
                                                          FROM (
                                                            SELECT
                                                              "t75"."person_id",
                                                              "t75"."benefit",
                                                              "t75"."_key" AS "start_date",
                                                              "t75"."i_start",
                                                              "t75"."i_end",
                                                              CAST(COALESCE(
                                                                SUM("t75"."_len") OVER (
                                                                  PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                                                  ORDER BY "t75"."i_start" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                ),
                                                                0
                                                              ) AS INT) AS "cum_before"
                                                            FROM (
                                                              SELECT
                                                                "t72"."person_id",
                                                                "t72"."benefit",
                                                                "t72"."_key",
                                                                "t72"."_island",
                                                                "t72"."i_start",
                                                                "t72"."i_end",
                                                                CASE
                                                                  WHEN "t72"."i_end" = MAKE_DATE(9999, 12, 31)
                                                                  THEN 0
                                                                  ELSE DATE_DIFF('DAY', "t72"."i_start", "t72"."i_end") + 1
                                                                END AS "_len"
                                                              FROM (
                                                                SELECT
                                                                  "t71"."person_id",
                                                                  "t71"."benefit",
                                                                  "t71"."_key",
                                                                  "t71"."_island",
                                                                  MIN("t71"."start_date") AS "i_start",
                                                                  MAX("t71"."_end") AS "i_end"
                                                                FROM (
                                                                  SELECT
                                                                    "t69"."person_id",
                                                                    "t69"."benefit",
                                                                    "t69"."start_date",
                                                                    "t69"."_end",
                                                                    "t69"."_key",
                                                                    "t69"."_acc",
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
                                                                    "t69"."_new",
                                                                    SUM("t69"."_new") OVER (
                                                                      PARTITION BY "t69"."person_id", "t69"."benefit", "t69"."_key"
                                                                      ORDER BY "t69"."start_date" ASC, "t69"."_end" ASC
                                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                    ) AS "_island"
                                                                  FROM (
                                                                    SELECT
                                                                      "t65"."person_id",
                                                                      "t65"."benefit",
                                                                      "t65"."start_date",
                                                                      "t65"."_end",
                                                                      "t65"."_key",
                                                                      "t65"."_acc",
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
                                                                      CASE
                                                                        WHEN MAX("t65"."_end") OVER (
                                                                          PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                                          ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                        ) IS NULL
                                                                        THEN 1
                                                                        WHEN "t65"."start_date" > CAST(CAST(MAX("t65"."_end") OVER (
                                                                          PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                                          ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                                        THEN 1
                                                                        ELSE 0
                                                                      END AS "_new"
                                                                    FROM (
                                                                      SELECT
                                                                        *
                                                                      FROM "t63" AS "t64"
                                                                      WHERE
                                                                        "t64"."_acc"
                                                                    ) AS "t65"
                                                                  ) AS "t69"
                                                                ) AS "t71"
                                                                GROUP BY
                                                                  1,
                                                                  2,
                                                                  3,
                                                                  4
                                                              ) AS "t72"
                                                            ) AS "t75"
                                                          ) AS "t77"
                                                        ) AS "t79"
                                                          ON "t81"."person_id" = "t79"."_ipid"
                                                          AND "t81"."benefit" = "t79"."_ibenefit"
                                                          AND "t81"."start_date" = "t79"."_istart"
                                                          AND "t79"."_cum" < "t81"."_needed"
                                                          AND (
                                                            (
                                                              "t79"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                            )
                                                            OR (
                                                              (
                                                                "t79"."_cum" + DATE_DIFF('DAY', "t79"."_i_start", "t79"."_i_end") + 1
                                                              ) >= "t81"."_needed"
                                                            )
                                                          )
                                                      ) AS "t82"
                                                    ) AS "t83"
                                                  ) AS "t84"
                                                ) AS "t85"
                                              ) AS "t86"
                                            ) AS "t89"
                                            INNER JOIN (
                                              SELECT
                                                "t1"."person_id" AS "_pid",
                                                "t1"."start_date" AS "_ex_start",
                                                "t1"."end_date" AS "_ex_end",
                                                "t1"."reason" AS "_ex_reason"
                                              FROM "exemptions" AS "t1"
                                              WHERE
                                                "t1"."start_date" <= CAST($as_of AS DATE)
                                            ) AS "t9"
                                              ON "t89"."person_id" = "t9"."_pid"
                                              AND "t9"."_ex_start" <= "t89"."_to"
                                              AND "t9"."_ex_end" >= "t89"."_from"
                                          ) AS "t90"
                                          GROUP BY
                                            1,
                                            2,
                                            3
                                        ) AS "t92"
                                          ON "t87"."person_id" = "t92"."person_id"
                                          AND "t87"."benefit" = "t92"."benefit"
                                          AND "t87"."start_date" = "t92"."start_date"
                                      ) AS "t93"
                                    ) AS "t94"
                                  ) AS "t96"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t77"."person_id" AS "_ipid",
                                      "t77"."benefit" AS "_ibenefit",
                                      "t77"."start_date" AS "_istart",
                                      "t77"."i_start" AS "_i_start",
                                      "t77"."i_end" AS "_i_end",
                                      "t77"."cum_before" AS "_cum"
                                    FROM (
                                      SELECT
                                        "t75"."person_id",
                                        "t75"."benefit",
                                        "t75"."_key" AS "start_date",
                                        "t75"."i_start",
                                        "t75"."i_end",
                                        CAST(COALESCE(
                                          SUM("t75"."_len") OVER (
                                            PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                            ORDER BY "t75"."i_start" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                          ),
                                          0
                                        ) AS INT) AS "cum_before"
                                      FROM (
                                        SELECT
                                          "t72"."person_id",
                                          "t72"."benefit",
                                          "t72"."_key",
                                          "t72"."_island",
                                          "t72"."i_start",
                                          "t72"."i_end",
                                          CASE
                                            WHEN "t72"."i_end" = MAKE_DATE(9999, 12, 31)
                                            THEN 0
                                            ELSE DATE_DIFF('DAY', "t72"."i_start", "t72"."i_end") + 1
                                          END AS "_len"
                                        FROM (
                                          SELECT
                                            "t71"."person_id",
                                            "t71"."benefit",
                                            "t71"."_key",
                                            "t71"."_island",
                                            MIN("t71"."start_date") AS "i_start",
                                            MAX("t71"."_end") AS "i_end"
                                          FROM (
                                            SELECT
                                              "t69"."person_id",
                                              "t69"."benefit",
                                              "t69"."start_date",
                                              "t69"."_end",
                                              "t69"."_key",
                                              "t69"."_acc",
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
                                              "t69"."_new",
                                              SUM("t69"."_new") OVER (
                                                PARTITION BY "t69"."person_id", "t69"."benefit", "t69"."_key"
                                                ORDER BY "t69"."start_date" ASC, "t69"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                              ) AS "_island"
                                            FROM (
                                              SELECT
                                                "t65"."person_id",
                                                "t65"."benefit",
                                                "t65"."start_date",
                                                "t65"."_end",
                                                "t65"."_key",
                                                "t65"."_acc",
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
                                                CASE
                                                  WHEN MAX("t65"."_end") OVER (
                                                    PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                    ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ) IS NULL
                                                  THEN 1
                                                  WHEN "t65"."start_date" > CAST(CAST(MAX("t65"."_end") OVER (
                                                    PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                    ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                  THEN 1
                                                  ELSE 0
                                                END AS "_new"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM "t63" AS "t64"
                                                WHERE
                                                  "t64"."_acc"
                                              ) AS "t65"
                                            ) AS "t69"
                                          ) AS "t71"
                                          GROUP BY
                                            1,
                                            2,
                                            3,
                                            4
                                        ) AS "t72"
                                      ) AS "t75"
                                    ) AS "t77"
                                  ) AS "t79"
                                    ON "t96"."person_id" = "t79"."_ipid"
                                    AND "t96"."benefit" = "t79"."_ibenefit"
                                    AND "t96"."start_date" = "t79"."_istart"
                                    AND "t79"."_cum" < "t96"."_needed"
                                    AND (
                                      (
                                        "t79"."_i_end" = MAKE_DATE(9999, 12, 31)
                                      )
                                      OR (
                                        (
                                          "t79"."_cum" + DATE_DIFF('DAY', "t79"."_i_start", "t79"."_i_end") + 1
                                        ) >= "t96"."_needed"
                                      )
                                    )
                                ) AS "t97"
                              ) AS "t98"
                            ) AS "t99"
                          ) AS "t108"
                          INNER JOIN (
                            SELECT
                              *
                            FROM "conversations" AS "t0"
                            WHERE
                              "t0"."status" = 'afholdt'
                              AND COALESCE("t0"."individual", TRUE)
                              AND "t0"."date" <= CAST($as_of AS DATE)
                              AND "t0"."kind" IN ('jobsamtale', 'faellessamtale')
                          ) AS "t8"
                            ON "t108"."person_id" = "t8"."person_id"
                            AND "t8"."date" >= "t108"."_first"
                            AND "t8"."date" <= "t108"."_last"
                        ) AS "t110"
                        WHERE
                          COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t110"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN ['jobcenter', 'anden_aktoer']
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              "t110"."held_by"
                            ),
                            FALSE
                          )
                          AND COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t110"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN ['personligt', 'telefon', 'video']
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              "t110"."form"
                            ),
                            FALSE
                          )
                      ) AS "t114"
                      INNER JOIN (
                        SELECT
                          "t99"."person_id",
                          "t99"."benefit",
                          "t99"."start_date",
                          "t99"."required" AS "_n",
                          "t99"."due_date" AS "_due"
                        FROM (
                          SELECT
                            "t98".*
                            EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                          FROM (
                            SELECT
                              "t97"."person_id",
                              "t97"."benefit",
                              "t97"."start_date",
                              "t97"."end_date",
                              "t97"."first_contact_date",
                              "t97"."target_group",
                              "t97"."first_absence_date",
                              "t97"."sickness_category",
                              "t97"."employed",
                              "t97"."handover_date",
                              "t97"."expected_absence_weeks",
                              "t97"."work_obligation",
                              "t97"."municipality",
                              "t97"."early_followup_request_date",
                              "t97"."education_order",
                              "t97"."periods",
                              "t97"."window_start",
                              "t97"."required",
                              "t97"."required_joint",
                              "t97"."in_force",
                              "t97"."_end_unconfirmed",
                              "t97"."due0",
                              "t97"."exempt_days",
                              "t97"."exempt_now",
                              "t97"."exemption_note",
                              "t97"."due_date",
                              "t97"."_plain",
                              "t97"."_needed",
                              "t97"."_ipid",
                              "t97"."_ibenefit",
                              "t97"."_istart",
                              "t97"."_i_start",
                              "t97"."_i_end",
                              "t97"."_cum",
                              CASE
                                WHEN "t97"."_i_start" IS NOT NULL
                                THEN CAST(CAST("t97"."_i_start" + TO_DAYS(CAST("t97"."_needed" - "t97"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                ELSE "t97"."_plain"
                              END AS "_count_from"
                            FROM (
                              SELECT
                                "t96"."person_id",
                                "t96"."benefit",
                                "t96"."start_date",
                                "t96"."end_date",
                                "t96"."first_contact_date",
                                "t96"."target_group",
                                "t96"."first_absence_date",
                                "t96"."sickness_category",
                                "t96"."employed",
                                "t96"."handover_date",
                                "t96"."expected_absence_weeks",
                                "t96"."work_obligation",
                                "t96"."municipality",
                                "t96"."early_followup_request_date",
                                "t96"."education_order",
                                "t96"."periods",
                                "t96"."window_start",
                                "t96"."required",
                                "t96"."required_joint",
                                "t96"."in_force",
                                "t96"."_end_unconfirmed",
                                "t96"."due0",
                                "t96"."exempt_days",
                                "t96"."exempt_now",
                                "t96"."exemption_note",
                                "t96"."due_date",
                                "t96"."_plain",
                                "t96"."_needed",
                                "t79"."_ipid",
                                "t79"."_ibenefit",
                                "t79"."_istart",
                                "t79"."_i_start",
                                "t79"."_i_end",
                                "t79"."_cum"
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
                                  "t94"."required",
                                  "t94"."required_joint",
                                  "t94"."in_force",
                                  "t94"."_end_unconfirmed",
                                  "t94"."due0",
                                  COALESCE("t94"."exempt_days", 0) AS "exempt_days",
                                  COALESCE("t94"."exempt_now", FALSE) AS "exempt_now",
                                  COALESCE("t94"."exemption_note", '') AS "exemption_note",
                                  CAST(CAST("t94"."due0" + TO_DAYS(
                                    CASE
                                      WHEN COALESCE(
                                        CASE
                                          WHEN "t94"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN TRUE
                                          ELSE CAST(NULL AS BOOLEAN)
                                        END,
                                        FALSE
                                      )
                                      THEN COALESCE("t94"."exempt_days", 0)
                                      ELSE 0
                                    END
                                  ) AS TIMESTAMP) AS DATE) AS "due_date",
                                  CAST(CAST("t94"."window_start" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t94"."window_start" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t94"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN 0
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE) AS "_plain",
                                  DATE_DIFF(
                                    'DAY',
                                    "t94"."window_start",
                                    CAST(CAST("t94"."window_start" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t94"."window_start" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          WHEN "t94"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 0
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE)
                                  ) AS "_needed"
                                FROM (
                                  SELECT
                                    "t93".*
                                    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                                  FROM (
                                    SELECT
                                      "t87"."person_id",
                                      "t87"."benefit",
                                      "t87"."start_date",
                                      "t87"."end_date",
                                      "t87"."first_contact_date",
                                      "t87"."target_group",
                                      "t87"."first_absence_date",
                                      "t87"."sickness_category",
                                      "t87"."employed",
                                      "t87"."handover_date",
                                      "t87"."expected_absence_weeks",
                                      "t87"."work_obligation",
                                      "t87"."municipality",
                                      "t87"."early_followup_request_date",
                                      "t87"."education_order",
                                      "t87"."periods",
                                      "t87"."window_start",
                                      "t87"."required",
                                      "t87"."required_joint",
                                      "t87"."in_force",
                                      "t87"."_end_unconfirmed",
                                      "t87"."due0",
                                      "t92"."person_id" AS "person_id_right",
                                      "t92"."benefit" AS "benefit_right",
                                      "t92"."start_date" AS "start_date_right",
                                      "t92"."exempt_days",
                                      "t92"."exempt_now",
                                      "t92"."exemption_note"
                                    FROM (
                                      SELECT
                                        "t85".*
                                        EXCLUDE ("_point")
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
                                          "t84"."required",
                                          "t84"."required_joint",
                                          "t84"."in_force",
                                          "t84"."_end_unconfirmed",
                                          "t84"."_point",
                                          CAST(CAST("t84"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                        FROM (
                                          SELECT
                                            "t83".*
                                            EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                          FROM (
                                            SELECT
                                              "t82"."person_id",
                                              "t82"."benefit",
                                              "t82"."start_date",
                                              "t82"."end_date",
                                              "t82"."first_contact_date",
                                              "t82"."target_group",
                                              "t82"."first_absence_date",
                                              "t82"."sickness_category",
                                              "t82"."employed",
                                              "t82"."handover_date",
                                              "t82"."expected_absence_weeks",
                                              "t82"."work_obligation",
                                              "t82"."municipality",
                                              "t82"."early_followup_request_date",
                                              "t82"."education_order",
                                              "t82"."periods",
                                              "t82"."window_start",
                                              "t82"."required",
                                              "t82"."required_joint",
                                              "t82"."in_force",
                                              "t82"."_end_unconfirmed",
                                              "t82"."_plain",
                                              "t82"."_needed",
                                              "t82"."_ipid",
                                              "t82"."_ibenefit",
                                              "t82"."_istart",
                                              "t82"."_i_start",
                                              "t82"."_i_end",
                                              "t82"."_cum",
                                              CASE
                                                WHEN "t82"."_i_start" IS NOT NULL
                                                THEN CAST(CAST("t82"."_i_start" + TO_DAYS(CAST("t82"."_needed" - "t82"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                ELSE "t82"."_plain"
                                              END AS "_point"
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
                                                "t81"."required",
                                                "t81"."required_joint",
                                                "t81"."in_force",
                                                "t81"."_end_unconfirmed",
                                                "t81"."_plain",
                                                "t81"."_needed",
                                                "t79"."_ipid",
                                                "t79"."_ibenefit",
                                                "t79"."_istart",
                                                "t79"."_i_start",
                                                "t79"."_i_end",
                                                "t79"."_cum"
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
                                                  "t76"."start_date" AS "window_start",
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 3
                                                      WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 4
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  ) + COALESCE(
                                                    CASE
                                                      WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 0
                                                      WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 0
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  ) AS "required",
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 0
                                                      WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 0
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  ) AS "required_joint",
                                                  (
                                                    CASE
                                                      WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 3
                                                      WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 4
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NOT NULL
                                                  )
                                                  AND (
                                                    CASE
                                                      WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 6
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NOT NULL
                                                  ) AS "in_force",
                                                  COALESCE(
                                                    (
                                                      CASE
                                                        WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NULL
                                                    )
                                                    AND COALESCE(
                                                      ARRAY_CONTAINS(
                                                        CASE
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN [
                                                            'kontanthjaelp:aktivitetsparat',
                                                            'kontanthjaelp:uddannelsesparat',
                                                            'uddannelseshjaelp:aktivitetsparat',
                                                            'uddannelseshjaelp:uddannelsesparat',
                                                            'jobafklaring',
                                                            'ressourceforloeb',
                                                            'revalidering'
                                                          ]
                                                          ELSE CAST(NULL AS TEXT[])
                                                        END,
                                                        "t76"."benefit"
                                                      )
                                                      OR ARRAY_CONTAINS(
                                                        CASE
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN [
                                                            'kontanthjaelp:aktivitetsparat',
                                                            'kontanthjaelp:uddannelsesparat',
                                                            'uddannelseshjaelp:aktivitetsparat',
                                                            'uddannelseshjaelp:uddannelsesparat',
                                                            'jobafklaring',
                                                            'ressourceforloeb',
                                                            'revalidering'
                                                          ]
                                                          ELSE CAST(NULL AS TEXT[])
                                                        END,
                                                        "t76"."benefit" || ':' || COALESCE("t76"."target_group", '')
                                                      ),
                                                      FALSE
                                                    ),
                                                    FALSE
                                                  ) AS "_end_unconfirmed",
                                                  CAST(CAST("t76"."start_date" + TO_MONTHS(
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 6
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    )
                                                  ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                  DATE_DIFF(
                                                    'DAY',
                                                    "t76"."start_date",
                                                    CAST(CAST("t76"."start_date" + TO_MONTHS(
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 6
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      )
                                                    ) AS TIMESTAMP) AS DATE)
                                                  ) AS "_needed"
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
                                                    "t68"."periods"
                                                  FROM (
                                                    SELECT
                                                      "t66"."person_id",
                                                      "t66"."benefit",
                                                      "t66"."_key" AS "start_date",
                                                      CASE
                                                        WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                                        THEN CAST(NULL AS DATE)
                                                        ELSE "t66"."_end"
                                                      END AS "end_date",
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
                                                      "t66"."periods"
                                                    FROM (
                                                      SELECT
                                                        "t64"."person_id",
                                                        "t64"."benefit",
                                                        "t64"."_key",
                                                        MAX("t64"."_end") AS "_end",
                                                        COUNT(*) AS "periods",
                                                        FIRST("t64"."first_contact_date" ORDER BY "t64"."start_date") AS "first_contact_date",
                                                        FIRST("t64"."target_group" ORDER BY "t64"."start_date") AS "target_group",
                                                        FIRST("t64"."first_absence_date" ORDER BY "t64"."start_date") AS "first_absence_date",
                                                        FIRST("t64"."sickness_category" ORDER BY "t64"."start_date") AS "sickness_category",
                                                        FIRST("t64"."employed" ORDER BY "t64"."start_date") AS "employed",
                                                        FIRST("t64"."handover_date" ORDER BY "t64"."start_date") AS "handover_date",
                                                        FIRST("t64"."expected_absence_weeks" ORDER BY "t64"."start_date") AS "expected_absence_weeks",
                                                        FIRST("t64"."work_obligation" ORDER BY "t64"."start_date") AS "work_obligation",
                                                        FIRST("t64"."municipality" ORDER BY "t64"."start_date") AS "municipality",
                                                        MIN("t64"."early_followup_request_date") AS "early_followup_request_date",
                                                        BOOL_OR(CAST(COALESCE("t64"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                      FROM "t63" AS "t64"
                                                      GROUP BY
                                                        1,
                                                        2,
                                                        3
                                                    ) AS "t66"
                                                    WHERE
                                                      "t66"."benefit" IN ('dagpenge')
                                                  ) AS "t68"
                                                  ANTI JOIN (
                                                    SELECT
                                                      "t70"."person_id" AS "_k_person_id",
                                                      "t70"."benefit" AS "_k_benefit",
                                                      "t70"."start_date" AS "_k_start_date"
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
                                                        "t68"."periods"
                                                      FROM (
                                                        SELECT
                                                          "t66"."person_id",
                                                          "t66"."benefit",
                                                          "t66"."_key" AS "start_date",
                                                          CASE
                                                            WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                                            THEN CAST(NULL AS DATE)
                                                            ELSE "t66"."_end"
                                                          END AS "end_date",
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
                                                          "t66"."periods"
                                                        FROM (
                                                          SELECT
                                                            "t64"."person_id",
                                                            "t64"."benefit",
                                                            "t64"."_key",
                                                            MAX("t64"."_end") AS "_end",
                                                            COUNT(*) AS "periods",
                                                            FIRST("t64"."first_contact_date" ORDER BY "t64"."start_date") AS "first_contact_date",
                                                            FIRST("t64"."target_group" ORDER BY "t64"."start_date") AS "target_group",
                                                            FIRST("t64"."first_absence_date" ORDER BY "t64"."start_date") AS "first_absence_date",
                                                            FIRST("t64"."sickness_category" ORDER BY "t64"."start_date") AS "sickness_category",
                                                            FIRST("t64"."employed" ORDER BY "t64"."start_date") AS "employed",
                                                            FIRST("t64"."handover_date" ORDER BY "t64"."start_date") AS "handover_date",
                                                            FIRST("t64"."expected_absence_weeks" ORDER BY "t64"."start_date") AS "expected_absence_weeks",
                                                            FIRST("t64"."work_obligation" ORDER BY "t64"."start_date") AS "work_obligation",
                                                            FIRST("t64"."municipality" ORDER BY "t64"."start_date") AS "municipality",
                                                            MIN("t64"."early_followup_request_date") AS "early_followup_request_date",
                                                            BOOL_OR(CAST(COALESCE("t64"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                          FROM "t63" AS "t64"
                                                          GROUP BY
                                                            1,
                                                            2,
                                                            3
                                                        ) AS "t66"
                                                        WHERE
                                                          "t66"."benefit" IN ('dagpenge')
                                                      ) AS "t68"
                                                      SEMI JOIN (
                                                        SELECT
                                                          "t2"."person_id" AS "_mpid",
                                                          "t2"."start_date" AS "_mstart"
                                                        FROM "benefit_periods" AS "t2"
                                                        WHERE
                                                          "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                      ) AS "t10"
                                                        ON "t68"."person_id" = "t10"."_mpid"
                                                        AND "t10"."_mstart" >= "t68"."start_date"
                                                        AND (
                                                          (
                                                            "t68"."end_date" IS NULL
                                                          ) OR (
                                                            "t10"."_mstart" <= "t68"."end_date"
                                                          )
                                                        )
                                                    ) AS "t70"
                                                    WHERE
                                                      CASE
                                                        WHEN "t70"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t70"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 6
                                                        WHEN "t70"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NOT NULL
                                                  ) AS "t74"
                                                    ON "t68"."person_id" = "t74"."_k_person_id"
                                                    AND "t68"."benefit" = "t74"."_k_benefit"
                                                    AND "t68"."start_date" = "t74"."_k_start_date"
                                                ) AS "t76"
                                              ) AS "t81"
                                              LEFT OUTER JOIN (
                                                SELECT
                                                  "t77"."person_id" AS "_ipid",
                                                  "t77"."benefit" AS "_ibenefit",
                                                  "t77"."start_date" AS "_istart",
                                                  "t77"."i_start" AS "_i_start",
                                                  "t77"."i_end" AS "_i_end",
                                                  "t77"."cum_before" AS "_cum"
                                                FROM (
                                                  SELECT
                                                    "t75"."person_id",
                                                    "t75"."benefit",
                                                    "t75"."_key" AS "start_date",
                                                    "t75"."i_start",
                                                    "t75"."i_end",
                                                    CAST(COALESCE(
                                                      SUM("t75"."_len") OVER (
                                                        PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                                        ORDER BY "t75"."i_start" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ),
                                                      0
                                                    ) AS INT) AS "cum_before"
                                                  FROM (
                                                    SELECT
                                                      "t72"."person_id",
                                                      "t72"."benefit",
                                                      "t72"."_key",
                                                      "t72"."_island",
                                                      "t72"."i_start",
                                                      "t72"."i_end",
                                                      CASE
                                                        WHEN "t72"."i_end" = MAKE_DATE(9999, 12, 31)
                                                        THEN 0
                                                        ELSE DATE_DIFF('DAY', "t72"."i_start", "t72"."i_end") + 1
                                                      END AS "_len"
                                                    FROM (
                                                      SELECT
                                                        "t71"."person_id",
                                                        "t71"."benefit",
                                                        "t71"."_key",
                                                        "t71"."_island",
                                                        MIN("t71"."start_date") AS "i_start",
                                                        MAX("t71"."_end") AS "i_end"
                                                      FROM (
                                                        SELECT
                                                          "t69"."person_id",
                                                          "t69"."benefit",
                                                          "t69"."start_date",
                                                          "t69"."_end",
                                                          "t69"."_key",
                                                          "t69"."_acc",
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
                                                          "t69"."_new",
                                                          SUM("t69"."_new") OVER (
                                                            PARTITION BY "t69"."person_id", "t69"."benefit", "t69"."_key"
                                                            ORDER BY "t69"."start_date" ASC, "t69"."_end" ASC
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                          ) AS "_island"
                                                        FROM (
                                                          SELECT
                                                            "t65"."person_id",
                                                            "t65"."benefit",
                                                            "t65"."start_date",
                                                            "t65"."_end",
                                                            "t65"."_key",
                                                            "t65"."_acc",
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
                                                            CASE
                                                              WHEN MAX("t65"."_end") OVER (
                                                                PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                                ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                              ) IS NULL
                                                              THEN 1
                                                              WHEN "t65"."start_date" > CAST(CAST(MAX("t65"."_end") OVER (
                                                                PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                                ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                              ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                              THEN 1
                                                              ELSE 0
                                                            END AS "_new"
                                                          FROM (
                                                            SELECT
                                                              *
                                                            FROM "t63" AS "t64"
                                                            WHERE
                                                              "t64"."_acc"
                                                          ) AS "t65"
                                                        ) AS "t69"
                                                      ) AS "t71"
                                                      GROUP BY
                                                        1,
                                                        2,
                                                        3,
                                                        4
                                                    ) AS "t72"
                                                  ) AS "t75"
                                                ) AS "t77"
                                              ) AS "t79"
                                                ON "t81"."person_id" = "t79"."_ipid"
                                                AND "t81"."benefit" = "t79"."_ibenefit"
                                                AND "t81"."start_date" = "t79"."_istart"
                                                AND "t79"."_cum" < "t81"."_needed"
                                                AND (
                                                  (
                                                    "t79"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                  )
                                                  OR (
                                                    (
                                                      "t79"."_cum" + DATE_DIFF('DAY', "t79"."_i_start", "t79"."_i_end") + 1
                                                    ) >= "t81"."_needed"
                                                  )
                                                )
                                            ) AS "t82"
                                          ) AS "t83"
                                        ) AS "t84"
                                      ) AS "t85"
                                    ) AS "t87"
                                    LEFT OUTER JOIN (
                                      SELECT
                                        "t90"."person_id",
                                        "t90"."benefit",
                                        "t90"."start_date",
                                        CAST(SUM(
                                          DATE_DIFF(
                                            'DAY',
                                            GREATEST("t90"."_ex_start", "t90"."_from"),
                                            LEAST("t90"."_ex_end", "t90"."_to")
                                          ) + 1
                                        ) AS INT) AS "exempt_days",
                                        BOOL_OR(
                                          CAST((
                                            "t90"."_ex_start" <= CAST($as_of AS DATE)
                                          )
                                          AND (
                                            "t90"."_ex_end" >= CAST($as_of AS DATE)
                                          ) AS BOOLEAN)
                                        ) AS "exempt_now",
                                        LISTAGG(
                                          
                                            'fritaget ' || CAST("t90"."_ex_start" AS TEXT) || '–' || CAST("t90"."_ex_end" AS TEXT) || ' (' || "t90"."_ex_reason" || ')',
                                            ', ' ORDER BY "t90"."_ex_start" ASC
                                          
                                        ) AS "exemption_note"
                                      FROM (
                                        SELECT
                                          "t89"."person_id",
                                          "t89"."benefit",
                                          "t89"."start_date",
                                          "t89"."_from",
                                          "t89"."_to",
                                          "t9"."_pid",
                                          "t9"."_ex_start",
                                          "t9"."_ex_end",
                                          "t9"."_ex_reason"
                                        FROM (
                                          SELECT
                                            "t86"."person_id",
                                            "t86"."benefit",
                                            "t86"."start_date",
                                            "t86"."window_start" AS "_from",
                                            "t86"."due0" AS "_to"
                                          FROM (
                                            SELECT
                                              "t85".*
                                              EXCLUDE ("_point")
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
                                                "t84"."required",
                                                "t84"."required_joint",
                                                "t84"."in_force",
                                                "t84"."_end_unconfirmed",
                                                "t84"."_point",
                                                CAST(CAST("t84"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                              FROM (
                                                SELECT
                                                  "t83".*
                                                  EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                                FROM (
                                                  SELECT
                                                    "t82"."person_id",
                                                    "t82"."benefit",
                                                    "t82"."start_date",
                                                    "t82"."end_date",
                                                    "t82"."first_contact_date",
                                                    "t82"."target_group",
                                                    "t82"."first_absence_date",
                                                    "t82"."sickness_category",
                                                    "t82"."employed",
                                                    "t82"."handover_date",
                                                    "t82"."expected_absence_weeks",
                                                    "t82"."work_obligation",
                                                    "t82"."municipality",
                                                    "t82"."early_followup_request_date",
                                                    "t82"."education_order",
                                                    "t82"."periods",
                                                    "t82"."window_start",
                                                    "t82"."required",
                                                    "t82"."required_joint",
                                                    "t82"."in_force",
                                                    "t82"."_end_unconfirmed",
                                                    "t82"."_plain",
                                                    "t82"."_needed",
                                                    "t82"."_ipid",
                                                    "t82"."_ibenefit",
                                                    "t82"."_istart",
                                                    "t82"."_i_start",
                                                    "t82"."_i_end",
                                                    "t82"."_cum",
                                                    CASE
                                                      WHEN "t82"."_i_start" IS NOT NULL
                                                      THEN CAST(CAST("t82"."_i_start" + TO_DAYS(CAST("t82"."_needed" - "t82"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                      ELSE "t82"."_plain"
                                                    END AS "_point"
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
                                                      "t81"."required",
                                                      "t81"."required_joint",
                                                      "t81"."in_force",
                                                      "t81"."_end_unconfirmed",
                                                      "t81"."_plain",
                                                      "t81"."_needed",
                                                      "t79"."_ipid",
                                                      "t79"."_ibenefit",
                                                      "t79"."_istart",
                                                      "t79"."_i_start",
                                                      "t79"."_i_end",
                                                      "t79"."_cum"
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
                                                        "t76"."start_date" AS "window_start",
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 3
                                                            WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 4
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        ) + COALESCE(
                                                          CASE
                                                            WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 0
                                                            WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 0
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        ) AS "required",
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 0
                                                            WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 0
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        ) AS "required_joint",
                                                        (
                                                          CASE
                                                            WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 3
                                                            WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 4
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END IS NOT NULL
                                                        )
                                                        AND (
                                                          CASE
                                                            WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 6
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END IS NOT NULL
                                                        ) AS "in_force",
                                                        COALESCE(
                                                          (
                                                            CASE
                                                              WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 3
                                                              WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 4
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END IS NULL
                                                          )
                                                          AND COALESCE(
                                                            ARRAY_CONTAINS(
                                                              CASE
                                                                WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                                THEN [
                                                                  'kontanthjaelp:aktivitetsparat',
                                                                  'kontanthjaelp:uddannelsesparat',
                                                                  'uddannelseshjaelp:aktivitetsparat',
                                                                  'uddannelseshjaelp:uddannelsesparat',
                                                                  'jobafklaring',
                                                                  'ressourceforloeb',
                                                                  'revalidering'
                                                                ]
                                                                ELSE CAST(NULL AS TEXT[])
                                                              END,
                                                              "t76"."benefit"
                                                            )
                                                            OR ARRAY_CONTAINS(
                                                              CASE
                                                                WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                                THEN [
                                                                  'kontanthjaelp:aktivitetsparat',
                                                                  'kontanthjaelp:uddannelsesparat',
                                                                  'uddannelseshjaelp:aktivitetsparat',
                                                                  'uddannelseshjaelp:uddannelsesparat',
                                                                  'jobafklaring',
                                                                  'ressourceforloeb',
                                                                  'revalidering'
                                                                ]
                                                                ELSE CAST(NULL AS TEXT[])
                                                              END,
                                                              "t76"."benefit" || ':' || COALESCE("t76"."target_group", '')
                                                            ),
                                                            FALSE
                                                          ),
                                                          FALSE
                                                        ) AS "_end_unconfirmed",
                                                        CAST(CAST("t76"."start_date" + TO_MONTHS(
                                                          COALESCE(
                                                            CASE
                                                              WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 6
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          )
                                                        ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                        DATE_DIFF(
                                                          'DAY',
                                                          "t76"."start_date",
                                                          CAST(CAST("t76"."start_date" + TO_MONTHS(
                                                            COALESCE(
                                                              CASE
                                                                WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 6
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END,
                                                              0
                                                            )
                                                          ) AS TIMESTAMP) AS DATE)
                                                        ) AS "_needed"
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
                                                          "t68"."periods"
                                                        FROM (
                                                          SELECT
                                                            "t66"."person_id",
                                                            "t66"."benefit",
                                                            "t66"."_key" AS "start_date",
                                                            CASE
                                                              WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                                              THEN CAST(NULL AS DATE)
                                                              ELSE "t66"."_end"
                                                            END AS "end_date",
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
                                                            "t66"."periods"
                                                          FROM (
                                                            SELECT
                                                              "t64"."person_id",
                                                              "t64"."benefit",
                                                              "t64"."_key",
                                                              MAX("t64"."_end") AS "_end",
                                                              COUNT(*) AS "periods",
                                                              FIRST("t64"."first_contact_date" ORDER BY "t64"."start_date") AS "first_contact_date",
                                                              FIRST("t64"."target_group" ORDER BY "t64"."start_date") AS "target_group",
                                                              FIRST("t64"."first_absence_date" ORDER BY "t64"."start_date") AS "first_absence_date",
                                                              FIRST("t64"."sickness_category" ORDER BY "t64"."start_date") AS "sickness_category",
                                                              FIRST("t64"."employed" ORDER BY "t64"."start_date") AS "employed",
                                                              FIRST("t64"."handover_date" ORDER BY "t64"."start_date") AS "handover_date",
                                                              FIRST("t64"."expected_absence_weeks" ORDER BY "t64"."start_date") AS "expected_absence_weeks",
                                                              FIRST("t64"."work_obligation" ORDER BY "t64"."start_date") AS "work_obligation",
                                                              FIRST("t64"."municipality" ORDER BY "t64"."start_date") AS "municipality",
                                                              MIN("t64"."early_followup_request_date") AS "early_followup_request_date",
                                                              BOOL_OR(CAST(COALESCE("t64"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                            FROM "t63" AS "t64"
                                                            GROUP BY
                                                              1,
                                                              2,
                                                              3
                                                          ) AS "t66"
                                                          WHERE
                                                            "t66"."benefit" IN ('dagpenge')
                                                        ) AS "t68"
                                                        ANTI JOIN (
                                                          SELECT
                                                            "t70"."person_id" AS "_k_person_id",
                                                            "t70"."benefit" AS "_k_benefit",
                                                            "t70"."start_date" AS "_k_start_date"
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
                                                              "t68"."periods"
                                                            FROM (
                                                              SELECT
                                                                "t66"."person_id",
                                                                "t66"."benefit",
                                                                "t66"."_key" AS "start_date",
                                                                CASE
                                                                  WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                                                  THEN CAST(NULL AS DATE)
                                                                  ELSE "t66"."_end"
                                                                END AS "end_date",
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
                                                                "t66"."periods"
                                                              FROM (
                                                                SELECT
                                                                  "t64"."person_id",
                                                                  "t64"."benefit",
                                                                  "t64"."_key",
                                                                  MAX("t64"."_end") AS "_end",
                                                                  COUNT(*) AS "periods",
                                                                  FIRST("t64"."first_contact_date" ORDER BY "t64"."start_date") AS "first_contact_date",
                                                                  FIRST("t64"."target_group" ORDER BY "t64"."start_date") AS "target_group",
                                                                  FIRST("t64"."first_absence_date" ORDER BY "t64"."start_date") AS "first_absence_date",
                                                                  FIRST("t64"."sickness_category" ORDER BY "t64"."start_date") AS "sickness_category",
                                                                  FIRST("t64"."employed" ORDER BY "t64"."start_date") AS "employed",
                                                                  FIRST("t64"."handover_date" ORDER BY "t64"."start_date") AS "handover_date",
                                                                  FIRST("t64"."expected_absence_weeks" ORDER BY "t64"."start_date") AS "expected_absence_weeks",
                                                                  FIRST("t64"."work_obligation" ORDER BY "t64"."start_date") AS "work_obligation",
                                                                  FIRST("t64"."municipality" ORDER BY "t64"."start_date") AS "municipality",
                                                                  MIN("t64"."early_followup_request_date") AS "early_followup_request_date",
                                                                  BOOL_OR(CAST(COALESCE("t64"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                                FROM "t63" AS "t64"
                                                                GROUP BY
                                                                  1,
                                                                  2,
                                                                  3
                                                              ) AS "t66"
                                                              WHERE
                                                                "t66"."benefit" IN ('dagpenge')
                                                            ) AS "t68"
                                                            SEMI JOIN (
                                                              SELECT
                                                                "t2"."person_id" AS "_mpid",
                                                                "t2"."start_date" AS "_mstart"
                                                              FROM "benefit_periods" AS "t2"
                                                              WHERE
                                                                "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                            ) AS "t10"
                                                              ON "t68"."person_id" = "t10"."_mpid"
                                                              AND "t10"."_mstart" >= "t68"."start_date"
                                                              AND (
                                                                (
                                                                  "t68"."end_date" IS NULL
                                                                ) OR (
                                                                  "t10"."_mstart" <= "t68"."end_date"
                                                                )
                                                              )
                                                          ) AS "t70"
                                                          WHERE
                                                            CASE
                                                              WHEN "t70"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t70"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 6
                                                              WHEN "t70"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END IS NOT NULL
                                                        ) AS "t74"
                                                          ON "t68"."person_id" = "t74"."_k_person_id"
                                                          AND "t68"."benefit" = "t74"."_k_benefit"
                                                          AND "t68"."start_date" = "t74"."_k_start_date"
                                                      ) AS "t76"
                                                    ) AS "t81"
                                                    LEFT OUTER JOIN (
                                                      SELECT
                                                        "t77"."person_id" AS "_ipid",
                                                        "t77"."benefit" AS "_ibenefit",
                                                        "t77"."start_date" AS "_istart",
                                                        "t77"."i_start" AS "_i_start",
                                                        "t77"."i_end" AS "_i_end",
                                                        "t77"."cum_before" AS "_cum"
                                                      FROM (
                                                        SELECT
                                                          "t75"."person_id",
                                                          "t75"."benefit",
                                                          "t75"."_key" AS "start_date",
                                                          "t75"."i_start",
                                                          "t75"."i_end",
                                                          CAST(COALESCE(
                                                            SUM("t75"."_len") OVER (
                                                              PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                                              ORDER BY "t75"."i_start" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                            ),
                                                            0
                                                          ) AS INT) AS "cum_before"
                                                        FROM (
                                                          SELECT
                                                            "t72"."person_id",
                                                            "t72"."benefit",
                                                            "t72"."_key",
                                                            "t72"."_island",
                                                            "t72"."i_start",
                                                            "t72"."i_end",
                                                            CASE
                                                              WHEN "t72"."i_end" = MAKE_DATE(9999, 12, 31)
                                                              THEN 0
                                                              ELSE DATE_DIFF('DAY', "t72"."i_start", "t72"."i_end") + 1
                                                            END AS "_len"
                                                          FROM (
                                                            SELECT
                                                              "t71"."person_id",
                                                              "t71"."benefit",
                                                              "t71"."_key",
                                                              "t71"."_island",
                                                              MIN("t71"."start_date") AS "i_start",
                                                              MAX("t71"."_end") AS "i_end"
                                                            FROM (
                                                              SELECT
                                                                "t69"."person_id",
                                                                "t69"."benefit",
                                                                "t69"."start_date",
                                                                "t69"."_end",
                                                                "t69"."_key",
                                                                "t69"."_acc",
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
                                                                "t69"."_new",
                                                                SUM("t69"."_new") OVER (
                                                                  PARTITION BY "t69"."person_id", "t69"."benefit", "t69"."_key"
                                                                  ORDER BY "t69"."start_date" ASC, "t69"."_end" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                ) AS "_island"
                                                              FROM (
                                                                SELECT
                                                                  "t65"."person_id",
                                                                  "t65"."benefit",
                                                                  "t65"."start_date",
                                                                  "t65"."_end",
                                                                  "t65"."_key",
                                                                  "t65"."_acc",
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
                                                                  CASE
                                                                    WHEN MAX("t65"."_end") OVER (
                                                                      PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                                      ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                    ) IS NULL
                                                                    THEN 1
                                                                    WHEN "t65"."start_date" > CAST(CAST(MAX("t65"."_end") OVER (
                                                                      PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                                      ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                                    THEN 1
                                                                    ELSE 0
                                                                  END AS "_new"
                                                                FROM (
                                                                  SELECT
                                                                    *
                                                                  FROM "t63" AS "t64"
                                                                  WHERE
                                                                    "t64"."_acc"
                                                                ) AS "t65"
                                                              ) AS "t69"
                                                            ) AS "t71"
                                                            GROUP BY
                                                              1,
                                                              2,
                                                              3,
                                                              4
                                                          ) AS "t72"
                                                        ) AS "t75"
                                                      ) AS "t77"
                                                    ) AS "t79"
                                                      ON "t81"."person_id" = "t79"."_ipid"
                                                      AND "t81"."benefit" = "t79"."_ibenefit"
                                                      AND "t81"."start_date" = "t79"."_istart"
                                                      AND "t79"."_cum" < "t81"."_needed"
                                                      AND (
                                                        (
                                                          "t79"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                        )
                                                        OR (
                                                          (
                                                            "t79"."_cum" + DATE_DIFF('DAY', "t79"."_i_start", "t79"."_i_end") + 1
                                                          ) >= "t81"."_needed"
                                                        )
                                                      )
                                                  ) AS "t82"
                                                ) AS "t83"
                                              ) AS "t84"
                                            ) AS "t85"
                                          ) AS "t86"
                                        ) AS "t89"
                                        INNER JOIN (
                                          SELECT
                                            "t1"."person_id" AS "_pid",
                                            "t1"."start_date" AS "_ex_start",
                                            "t1"."end_date" AS "_ex_end",
                                            "t1"."reason" AS "_ex_reason"
                                          FROM "exemptions" AS "t1"
                                          WHERE
                                            "t1"."start_date" <= CAST($as_of AS DATE)
                                        ) AS "t9"
                                          ON "t89"."person_id" = "t9"."_pid"
                                          AND "t9"."_ex_start" <= "t89"."_to"
                                          AND "t9"."_ex_end" >= "t89"."_from"
                                      ) AS "t90"
                                      GROUP BY
                                        1,
                                        2,
                                        3
                                    ) AS "t92"
                                      ON "t87"."person_id" = "t92"."person_id"
                                      AND "t87"."benefit" = "t92"."benefit"
                                      AND "t87"."start_date" = "t92"."start_date"
                                  ) AS "t93"
                                ) AS "t94"
                              ) AS "t96"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t77"."person_id" AS "_ipid",
                                  "t77"."benefit" AS "_ibenefit",
                                  "t77"."start_date" AS "_istart",
                                  "t77"."i_start" AS "_i_start",
                                  "t77"."i_end" AS "_i_end",
                                  "t77"."cum_before" AS "_cum"
                                FROM (
                                  SELECT
                                    "t75"."person_id",
                                    "t75"."benefit",
                                    "t75"."_key" AS "start_date",
                                    "t75"."i_start",
                                    "t75"."i_end",
                                    CAST(COALESCE(
                                      SUM("t75"."_len") OVER (
                                        PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                        ORDER BY "t75"."i_start" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ),
                                      0
                                    ) AS INT) AS "cum_before"
                                  FROM (
                                    SELECT
                                      "t72"."person_id",
                                      "t72"."benefit",
                                      "t72"."_key",
                                      "t72"."_island",
                                      "t72"."i_start",
                                      "t72"."i_end",
                                      CASE
                                        WHEN "t72"."i_end" = MAKE_DATE(9999, 12, 31)
                                        THEN 0
                                        ELSE DATE_DIFF('DAY', "t72"."i_start", "t72"."i_end") + 1
                                      END AS "_len"
                                    FROM (
                                      SELECT
                                        "t71"."person_id",
                                        "t71"."benefit",
                                        "t71"."_key",
                                        "t71"."_island",
                                        MIN("t71"."start_date") AS "i_start",
                                        MAX("t71"."_end") AS "i_end"
                                      FROM (
                                        SELECT
                                          "t69"."person_id",
                                          "t69"."benefit",
                                          "t69"."start_date",
                                          "t69"."_end",
                                          "t69"."_key",
                                          "t69"."_acc",
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
                                          "t69"."_new",
                                          SUM("t69"."_new") OVER (
                                            PARTITION BY "t69"."person_id", "t69"."benefit", "t69"."_key"
                                            ORDER BY "t69"."start_date" ASC, "t69"."_end" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                          ) AS "_island"
                                        FROM (
                                          SELECT
                                            "t65"."person_id",
                                            "t65"."benefit",
                                            "t65"."start_date",
                                            "t65"."_end",
                                            "t65"."_key",
                                            "t65"."_acc",
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
                                            CASE
                                              WHEN MAX("t65"."_end") OVER (
                                                PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) IS NULL
                                              THEN 1
                                              WHEN "t65"."start_date" > CAST(CAST(MAX("t65"."_end") OVER (
                                                PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                              THEN 1
                                              ELSE 0
                                            END AS "_new"
                                          FROM (
                                            SELECT
                                              *
                                            FROM "t63" AS "t64"
                                            WHERE
                                              "t64"."_acc"
                                          ) AS "t65"
                                        ) AS "t69"
                                      ) AS "t71"
                                      GROUP BY
                                        1,
                                        2,
                                        3,
                                        4
                                    ) AS "t72"
                                  ) AS "t75"
                                ) AS "t77"
                              ) AS "t79"
                                ON "t96"."person_id" = "t79"."_ipid"
                                AND "t96"."benefit" = "t79"."_ibenefit"
                                AND "t96"."start_date" = "t79"."_istart"
                                AND "t79"."_cum" < "t96"."_needed"
                                AND (
                                  (
                                    "t79"."_i_end" = MAKE_DATE(9999, 12, 31)
                                  )
                                  OR (
                                    (
                                      "t79"."_cum" + DATE_DIFF('DAY', "t79"."_i_start", "t79"."_i_end") + 1
                                    ) >= "t96"."_needed"
                                  )
                                )
                            ) AS "t97"
                          ) AS "t98"
                        ) AS "t99"
                      ) AS "t104"
                        ON "t114"."person_id" = "t104"."person_id"
                        AND "t114"."benefit" = "t104"."benefit"
                        AND "t114"."start_date" = "t104"."start_date"
                    ) AS "t116"
                  ) AS "t118"
                  WHERE
                    "t118"."_rank" < "t118"."_n"
                ) AS "t120"
                GROUP BY
                  1,
                  2,
                  3
              ) AS "t122"
            ) AS "t124"
          ) AS "t127"
            ON "t100"."person_id" = "t127"."person_id"
            AND "t100"."benefit" = "t127"."benefit"
            AND "t100"."start_date" = "t127"."start_date"
        ) AS "t130"
      ) AS "t132"
      LEFT OUTER JOIN (
        SELECT
          "t125"."person_id",
          "t125"."benefit",
          "t125"."start_date",
          "t125"."nth_date" AS "joint_date",
          "t125"."in_window" AS "joint_in_window"
        FROM (
          SELECT
            "t123".*
            EXCLUDE ("_need")
          FROM (
            SELECT
              "t121"."person_id",
              "t121"."benefit",
              "t121"."start_date",
              CASE
                WHEN "t121"."counted" >= "t121"."_need"
                THEN "t121"."nth_date"
                ELSE CAST(NULL AS DATE)
              END AS "nth_date",
              "t121"."counted",
              "t121"."in_window",
              "t121"."listed",
              "t121"."_need"
            FROM (
              SELECT
                "t119"."person_id",
                "t119"."benefit",
                "t119"."start_date",
                MAX("t119"."date") AS "nth_date",
                COUNT(*) AS "counted",
                SUM(CAST("t119"."date" <= "t119"."_due" AS INT)) AS "in_window",
                LISTAGG("t119"."description", ', ' ORDER BY "t119"."date" ASC) AS "listed",
                MAX("t119"."_n") AS "_need"
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    "t115"."person_id",
                    "t115"."benefit",
                    "t115"."start_date",
                    "t115"."date",
                    "t115"."description",
                    "t115"."_n",
                    "t115"."_due",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t115"."person_id", "t115"."benefit", "t115"."start_date"
                      ORDER BY "t115"."date" ASC, "t115"."description" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "_rank"
                  FROM (
                    SELECT
                      "t113"."person_id",
                      "t113"."benefit",
                      "t113"."start_date",
                      "t113"."date",
                      "t113"."description",
                      "t103"."_n",
                      "t103"."_due"
                    FROM (
                      SELECT
                        "t109"."person_id",
                        "t109"."benefit",
                        "t109"."start_date",
                        "t109"."date",
                        "t109"."kind" || ' ' || CAST("t109"."date" AS TEXT) || ' (' || "t109"."form" || ', ' || "t109"."held_by" || ')' AS "description"
                      FROM (
                        SELECT
                          "t107"."person_id",
                          "t107"."benefit",
                          "t107"."start_date",
                          "t107"."window_start",
                          "t107"."_first",
                          "t107"."_last",
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
                            "t99"."person_id",
                            "t99"."benefit",
                            "t99"."start_date",
                            "t99"."window_start",
                            "t99"."window_start" AS "_first",
                            COALESCE("t99"."end_date", CAST($as_of AS DATE)) AS "_last"
                          FROM (
                            SELECT
                              "t98".*
                              EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                            FROM (
                              SELECT
                                "t97"."person_id",
                                "t97"."benefit",
                                "t97"."start_date",
                                "t97"."end_date",
                                "t97"."first_contact_date",
                                "t97"."target_group",
                                "t97"."first_absence_date",
                                "t97"."sickness_category",
                                "t97"."employed",
                                "t97"."handover_date",
                                "t97"."expected_absence_weeks",
                                "t97"."work_obligation",
                                "t97"."municipality",
                                "t97"."early_followup_request_date",
                                "t97"."education_order",
                                "t97"."periods",
                                "t97"."window_start",
                                "t97"."required",
                                "t97"."required_joint",
                                "t97"."in_force",
                                "t97"."_end_unconfirmed",
                                "t97"."due0",
                                "t97"."exempt_days",
                                "t97"."exempt_now",
                                "t97"."exemption_note",
                                "t97"."due_date",
                                "t97"."_plain",
                                "t97"."_needed",
                                "t97"."_ipid",
                                "t97"."_ibenefit",
                                "t97"."_istart",
                                "t97"."_i_start",
                                "t97"."_i_end",
                                "t97"."_cum",
                                CASE
                                  WHEN "t97"."_i_start" IS NOT NULL
                                  THEN CAST(CAST("t97"."_i_start" + TO_DAYS(CAST("t97"."_needed" - "t97"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                  ELSE "t97"."_plain"
                                END AS "_count_from"
                              FROM (
                                SELECT
                                  "t96"."person_id",
                                  "t96"."benefit",
                                  "t96"."start_date",
                                  "t96"."end_date",
                                  "t96"."first_contact_date",
                                  "t96"."target_group",
                                  "t96"."first_absence_date",
                                  "t96"."sickness_category",
                                  "t96"."employed",
                                  "t96"."handover_date",
                                  "t96"."expected_absence_weeks",
                                  "t96"."work_obligation",
                                  "t96"."municipality",
                                  "t96"."early_followup_request_date",
                                  "t96"."education_order",
                                  "t96"."periods",
                                  "t96"."window_start",
                                  "t96"."required",
                                  "t96"."required_joint",
                                  "t96"."in_force",
                                  "t96"."_end_unconfirmed",
                                  "t96"."due0",
                                  "t96"."exempt_days",
                                  "t96"."exempt_now",
                                  "t96"."exemption_note",
                                  "t96"."due_date",
                                  "t96"."_plain",
                                  "t96"."_needed",
                                  "t79"."_ipid",
                                  "t79"."_ibenefit",
                                  "t79"."_istart",
                                  "t79"."_i_start",
                                  "t79"."_i_end",
                                  "t79"."_cum"
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
                                    "t94"."required",
                                    "t94"."required_joint",
                                    "t94"."in_force",
                                    "t94"."_end_unconfirmed",
                                    "t94"."due0",
                                    COALESCE("t94"."exempt_days", 0) AS "exempt_days",
                                    COALESCE("t94"."exempt_now", FALSE) AS "exempt_now",
                                    COALESCE("t94"."exemption_note", '') AS "exemption_note",
                                    CAST(CAST("t94"."due0" + TO_DAYS(
                                      CASE
                                        WHEN COALESCE(
                                          CASE
                                            WHEN "t94"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN TRUE
                                            ELSE CAST(NULL AS BOOLEAN)
                                          END,
                                          FALSE
                                        )
                                        THEN COALESCE("t94"."exempt_days", 0)
                                        ELSE 0
                                      END
                                    ) AS TIMESTAMP) AS DATE) AS "due_date",
                                    CAST(CAST("t94"."window_start" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t94"."window_start" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          WHEN "t94"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 0
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                                    DATE_DIFF(
                                      'DAY',
                                      "t94"."window_start",
                                      CAST(CAST("t94"."window_start" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t94"."window_start" >= MAKE_DATE(2024, 1, 1)
                                            THEN 3
                                            WHEN "t94"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 0
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE)
                                    ) AS "_needed"
                                  FROM (
                                    SELECT
                                      "t93".*
                                      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                                    FROM (
                                      SELECT
                                        "t87"."person_id",
                                        "t87"."benefit",
                                        "t87"."start_date",
                                        "t87"."end_date",
                                        "t87"."first_contact_date",
                                        "t87"."target_group",
                                        "t87"."first_absence_date",
                                        "t87"."sickness_category",
                                        "t87"."employed",
                                        "t87"."handover_date",
                                        "t87"."expected_absence_weeks",
                                        "t87"."work_obligation",
                                        "t87"."municipality",
                                        "t87"."early_followup_request_date",
                                        "t87"."education_order",
                                        "t87"."periods",
                                        "t87"."window_start",
                                        "t87"."required",
                                        "t87"."required_joint",
                                        "t87"."in_force",
                                        "t87"."_end_unconfirmed",
                                        "t87"."due0",
                                        "t92"."person_id" AS "person_id_right",
                                        "t92"."benefit" AS "benefit_right",
                                        "t92"."start_date" AS "start_date_right",
                                        "t92"."exempt_days",
                                        "t92"."exempt_now",
                                        "t92"."exemption_note"
                                      FROM (
                                        SELECT
                                          "t85".*
                                          EXCLUDE ("_point")
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
                                            "t84"."required",
                                            "t84"."required_joint",
                                            "t84"."in_force",
                                            "t84"."_end_unconfirmed",
                                            "t84"."_point",
                                            CAST(CAST("t84"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                          FROM (
                                            SELECT
                                              "t83".*
                                              EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                            FROM (
                                              SELECT
                                                "t82"."person_id",
                                                "t82"."benefit",
                                                "t82"."start_date",
                                                "t82"."end_date",
                                                "t82"."first_contact_date",
                                                "t82"."target_group",
                                                "t82"."first_absence_date",
                                                "t82"."sickness_category",
                                                "t82"."employed",
                                                "t82"."handover_date",
                                                "t82"."expected_absence_weeks",
                                                "t82"."work_obligation",
                                                "t82"."municipality",
                                                "t82"."early_followup_request_date",
                                                "t82"."education_order",
                                                "t82"."periods",
                                                "t82"."window_start",
                                                "t82"."required",
                                                "t82"."required_joint",
                                                "t82"."in_force",
                                                "t82"."_end_unconfirmed",
                                                "t82"."_plain",
                                                "t82"."_needed",
                                                "t82"."_ipid",
                                                "t82"."_ibenefit",
                                                "t82"."_istart",
                                                "t82"."_i_start",
                                                "t82"."_i_end",
                                                "t82"."_cum",
                                                CASE
                                                  WHEN "t82"."_i_start" IS NOT NULL
                                                  THEN CAST(CAST("t82"."_i_start" + TO_DAYS(CAST("t82"."_needed" - "t82"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                  ELSE "t82"."_plain"
                                                END AS "_point"
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
                                                  "t81"."required",
                                                  "t81"."required_joint",
                                                  "t81"."in_force",
                                                  "t81"."_end_unconfirmed",
                                                  "t81"."_plain",
                                                  "t81"."_needed",
                                                  "t79"."_ipid",
                                                  "t79"."_ibenefit",
                                                  "t79"."_istart",
                                                  "t79"."_i_start",
                                                  "t79"."_i_end",
                                                  "t79"."_cum"
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
                                                    "t76"."start_date" AS "window_start",
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) + COALESCE(
                                                      CASE
                                                        WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 0
                                                        WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 0
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) AS "required",
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 0
                                                        WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 0
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) AS "required_joint",
                                                    (
                                                      CASE
                                                        WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NOT NULL
                                                    )
                                                    AND (
                                                      CASE
                                                        WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 6
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NOT NULL
                                                    ) AS "in_force",
                                                    COALESCE(
                                                      (
                                                        CASE
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NULL
                                                      )
                                                      AND COALESCE(
                                                        ARRAY_CONTAINS(
                                                          CASE
                                                            WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN [
                                                              'kontanthjaelp:aktivitetsparat',
                                                              'kontanthjaelp:uddannelsesparat',
                                                              'uddannelseshjaelp:aktivitetsparat',
                                                              'uddannelseshjaelp:uddannelsesparat',
                                                              'jobafklaring',
                                                              'ressourceforloeb',
                                                              'revalidering'
                                                            ]
                                                            ELSE CAST(NULL AS TEXT[])
                                                          END,
                                                          "t76"."benefit"
                                                        )
                                                        OR ARRAY_CONTAINS(
                                                          CASE
                                                            WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN [
                                                              'kontanthjaelp:aktivitetsparat',
                                                              'kontanthjaelp:uddannelsesparat',
                                                              'uddannelseshjaelp:aktivitetsparat',
                                                              'uddannelseshjaelp:uddannelsesparat',
                                                              'jobafklaring',
                                                              'ressourceforloeb',
                                                              'revalidering'
                                                            ]
                                                            ELSE CAST(NULL AS TEXT[])
                                                          END,
                                                          "t76"."benefit" || ':' || COALESCE("t76"."target_group", '')
                                                        ),
                                                        FALSE
                                                      ),
                                                      FALSE
                                                    ) AS "_end_unconfirmed",
                                                    CAST(CAST("t76"."start_date" + TO_MONTHS(
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 6
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      )
                                                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                    DATE_DIFF(
                                                      'DAY',
                                                      "t76"."start_date",
                                                      CAST(CAST("t76"."start_date" + TO_MONTHS(
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 6
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        )
                                                      ) AS TIMESTAMP) AS DATE)
                                                    ) AS "_needed"
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
                                                      "t68"."periods"
                                                    FROM (
                                                      SELECT
                                                        "t66"."person_id",
                                                        "t66"."benefit",
                                                        "t66"."_key" AS "start_date",
                                                        CASE
                                                          WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                                          THEN CAST(NULL AS DATE)
                                                          ELSE "t66"."_end"
                                                        END AS "end_date",
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
                                                        "t66"."periods"
                                                      FROM (
                                                        SELECT
                                                          "t64"."person_id",
                                                          "t64"."benefit",
                                                          "t64"."_key",
                                                          MAX("t64"."_end") AS "_end",
                                                          COUNT(*) AS "periods",
                                                          FIRST("t64"."first_contact_date" ORDER BY "t64"."start_date") AS "first_contact_date",
                                                          FIRST("t64"."target_group" ORDER BY "t64"."start_date") AS "target_group",
                                                          FIRST("t64"."first_absence_date" ORDER BY "t64"."start_date") AS "first_absence_date",
                                                          FIRST("t64"."sickness_category" ORDER BY "t64"."start_date") AS "sickness_category",
                                                          FIRST("t64"."employed" ORDER BY "t64"."start_date") AS "employed",
                                                          FIRST("t64"."handover_date" ORDER BY "t64"."start_date") AS "handover_date",
                                                          FIRST("t64"."expected_absence_weeks" ORDER BY "t64"."start_date") AS "expected_absence_weeks",
                                                          FIRST("t64"."work_obligation" ORDER BY "t64"."start_date") AS "work_obligation",
                                                          FIRST("t64"."municipality" ORDER BY "t64"."start_date") AS "municipality",
                                                          MIN("t64"."early_followup_request_date") AS "early_followup_request_date",
                                                          BOOL_OR(CAST(COALESCE("t64"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                        FROM "t63" AS "t64"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3
                                                      ) AS "t66"
                                                      WHERE
                                                        "t66"."benefit" IN ('dagpenge')
                                                    ) AS "t68"
                                                    ANTI JOIN (
                                                      SELECT
                                                        "t70"."person_id" AS "_k_person_id",
                                                        "t70"."benefit" AS "_k_benefit",
                                                        "t70"."start_date" AS "_k_start_date"
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
                                                          "t68"."periods"
                                                        FROM (
                                                          SELECT
                                                            "t66"."person_id",
                                                            "t66"."benefit",
                                                            "t66"."_key" AS "start_date",
                                                            CASE
                                                              WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                                              THEN CAST(NULL AS DATE)
                                                              ELSE "t66"."_end"
                                                            END AS "end_date",
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
                                                            "t66"."periods"
                                                          FROM (
                                                            SELECT
                                                              "t64"."person_id",
                                                              "t64"."benefit",
                                                              "t64"."_key",
                                                              MAX("t64"."_end") AS "_end",
                                                              COUNT(*) AS "periods",
                                                              FIRST("t64"."first_contact_date" ORDER BY "t64"."start_date") AS "first_contact_date",
                                                              FIRST("t64"."target_group" ORDER BY "t64"."start_date") AS "target_group",
                                                              FIRST("t64"."first_absence_date" ORDER BY "t64"."start_date") AS "first_absence_date",
                                                              FIRST("t64"."sickness_category" ORDER BY "t64"."start_date") AS "sickness_category",
                                                              FIRST("t64"."employed" ORDER BY "t64"."start_date") AS "employed",
                                                              FIRST("t64"."handover_date" ORDER BY "t64"."start_date") AS "handover_date",
                                                              FIRST("t64"."expected_absence_weeks" ORDER BY "t64"."start_date") AS "expected_absence_weeks",
                                                              FIRST("t64"."work_obligation" ORDER BY "t64"."start_date") AS "work_obligation",
                                                              FIRST("t64"."municipality" ORDER BY "t64"."start_date") AS "municipality",
                                                              MIN("t64"."early_followup_request_date") AS "early_followup_request_date",
                                                              BOOL_OR(CAST(COALESCE("t64"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                            FROM "t63" AS "t64"
                                                            GROUP BY
                                                              1,
                                                              2,
                                                              3
                                                          ) AS "t66"
                                                          WHERE
                                                            "t66"."benefit" IN ('dagpenge')
                                                        ) AS "t68"
                                                        SEMI JOIN (
                                                          SELECT
                                                            "t2"."person_id" AS "_mpid",
                                                            "t2"."start_date" AS "_mstart"
                                                          FROM "benefit_periods" AS "t2"
                                                          WHERE
                                                            "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                        ) AS "t10"
                                                          ON "t68"."person_id" = "t10"."_mpid"
                                                          AND "t10"."_mstart" >= "t68"."start_date"
                                                          AND (
                                                            (
                                                              "t68"."end_date" IS NULL
                                                            ) OR (
                                                              "t10"."_mstart" <= "t68"."end_date"
                                                            )
                                                          )
                                                      ) AS "t70"
                                                      WHERE
                                                        CASE
                                                          WHEN "t70"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t70"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 6
                                                          WHEN "t70"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NOT NULL
                                                    ) AS "t74"
                                                      ON "t68"."person_id" = "t74"."_k_person_id"
                                                      AND "t68"."benefit" = "t74"."_k_benefit"
                                                      AND "t68"."start_date" = "t74"."_k_start_date"
                                                  ) AS "t76"
                                                ) AS "t81"
                                                LEFT OUTER JOIN (
                                                  SELECT
                                                    "t77"."person_id" AS "_ipid",
                                                    "t77"."benefit" AS "_ibenefit",
                                                    "t77"."start_date" AS "_istart",
                                                    "t77"."i_start" AS "_i_start",
                                                    "t77"."i_end" AS "_i_end",
                                                    "t77"."cum_before" AS "_cum"
                                                  FROM (
                                                    SELECT
                                                      "t75"."person_id",
                                                      "t75"."benefit",
                                                      "t75"."_key" AS "start_date",
                                                      "t75"."i_start",
                                                      "t75"."i_end",
                                                      CAST(COALESCE(
                                                        SUM("t75"."_len") OVER (
                                                          PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                                          ORDER BY "t75"."i_start" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                        ),
                                                        0
                                                      ) AS INT) AS "cum_before"
                                                    FROM (
                                                      SELECT
                                                        "t72"."person_id",
                                                        "t72"."benefit",
                                                        "t72"."_key",
                                                        "t72"."_island",
                                                        "t72"."i_start",
                                                        "t72"."i_end",
                                                        CASE
                                                          WHEN "t72"."i_end" = MAKE_DATE(9999, 12, 31)
                                                          THEN 0
                                                          ELSE DATE_DIFF('DAY', "t72"."i_start", "t72"."i_end") + 1
                                                        END AS "_len"
                                                      FROM (
                                                        SELECT
                                                          "t71"."person_id",
                                                          "t71"."benefit",
                                                          "t71"."_key",
                                                          "t71"."_island",
                                                          MIN("t71"."start_date") AS "i_start",
                                                          MAX("t71"."_end") AS "i_end"
                                                        FROM (
                                                          SELECT
                                                            "t69"."person_id",
                                                            "t69"."benefit",
                                                            "t69"."start_date",
                                                            "t69"."_end",
                                                            "t69"."_key",
                                                            "t69"."_acc",
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
                                                            "t69"."_new",
                                                            SUM("t69"."_new") OVER (
                                                              PARTITION BY "t69"."person_id", "t69"."benefit", "t69"."_key"
                                                              ORDER BY "t69"."start_date" ASC, "t69"."_end" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                            ) AS "_island"
                                                          FROM (
                                                            SELECT
                                                              "t65"."person_id",
                                                              "t65"."benefit",
                                                              "t65"."start_date",
                                                              "t65"."_end",
                                                              "t65"."_key",
                                                              "t65"."_acc",
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
                                                              CASE
                                                                WHEN MAX("t65"."_end") OVER (
                                                                  PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                                  ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                ) IS NULL
                                                                THEN 1
                                                                WHEN "t65"."start_date" > CAST(CAST(MAX("t65"."_end") OVER (
                                                                  PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                                  ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                                THEN 1
                                                                ELSE 0
                                                              END AS "_new"
                                                            FROM (
                                                              SELECT
                                                                *
                                                              FROM "t63" AS "t64"
                                                              WHERE
                                                                "t64"."_acc"
                                                            ) AS "t65"
                                                          ) AS "t69"
                                                        ) AS "t71"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3,
                                                          4
                                                      ) AS "t72"
                                                    ) AS "t75"
                                                  ) AS "t77"
                                                ) AS "t79"
                                                  ON "t81"."person_id" = "t79"."_ipid"
                                                  AND "t81"."benefit" = "t79"."_ibenefit"
                                                  AND "t81"."start_date" = "t79"."_istart"
                                                  AND "t79"."_cum" < "t81"."_needed"
                                                  AND (
                                                    (
                                                      "t79"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                    )
                                                    OR (
                                                      (
                                                        "t79"."_cum" + DATE_DIFF('DAY', "t79"."_i_start", "t79"."_i_end") + 1
                                                      ) >= "t81"."_needed"
                                                    )
                                                  )
                                              ) AS "t82"
                                            ) AS "t83"
                                          ) AS "t84"
                                        ) AS "t85"
                                      ) AS "t87"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t90"."person_id",
                                          "t90"."benefit",
                                          "t90"."start_date",
                                          CAST(SUM(
                                            DATE_DIFF(
                                              'DAY',
                                              GREATEST("t90"."_ex_start", "t90"."_from"),
                                              LEAST("t90"."_ex_end", "t90"."_to")
                                            ) + 1
                                          ) AS INT) AS "exempt_days",
                                          BOOL_OR(
                                            CAST((
                                              "t90"."_ex_start" <= CAST($as_of AS DATE)
                                            )
                                            AND (
                                              "t90"."_ex_end" >= CAST($as_of AS DATE)
                                            ) AS BOOLEAN)
                                          ) AS "exempt_now",
                                          LISTAGG(
                                            
                                              'fritaget ' || CAST("t90"."_ex_start" AS TEXT) || '–' || CAST("t90"."_ex_end" AS TEXT) || ' (' || "t90"."_ex_reason" || ')',
                                              ', ' ORDER BY "t90"."_ex_start" ASC
                                            
                                          ) AS "exemption_note"
                                        FROM (
                                          SELECT
                                            "t89"."person_id",
                                            "t89"."benefit",
                                            "t89"."start_date",
                                            "t89"."_from",
                                            "t89"."_to",
                                            "t9"."_pid",
                                            "t9"."_ex_start",
                                            "t9"."_ex_end",
                                            "t9"."_ex_reason"
                                          FROM (
                                            SELECT
                                              "t86"."person_id",
                                              "t86"."benefit",
                                              "t86"."start_date",
                                              "t86"."window_start" AS "_from",
                                              "t86"."due0" AS "_to"
                                            FROM (
                                              SELECT
                                                "t85".*
                                                EXCLUDE ("_point")
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
                                                  "t84"."required",
                                                  "t84"."required_joint",
                                                  "t84"."in_force",
                                                  "t84"."_end_unconfirmed",
                                                  "t84"."_point",
                                                  CAST(CAST("t84"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                                FROM (
                                                  SELECT
                                                    "t83".*
                                                    EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                                  FROM (
                                                    SELECT
                                                      "t82"."person_id",
                                                      "t82"."benefit",
                                                      "t82"."start_date",
                                                      "t82"."end_date",
                                                      "t82"."first_contact_date",
                                                      "t82"."target_group",
                                                      "t82"."first_absence_date",
                                                      "t82"."sickness_category",
                                                      "t82"."employed",
                                                      "t82"."handover_date",
                                                      "t82"."expected_absence_weeks",
                                                      "t82"."work_obligation",
                                                      "t82"."municipality",
                                                      "t82"."early_followup_request_date",
                                                      "t82"."education_order",
                                                      "t82"."periods",
                                                      "t82"."window_start",
                                                      "t82"."required",
                                                      "t82"."required_joint",
                                                      "t82"."in_force",
                                                      "t82"."_end_unconfirmed",
                                                      "t82"."_plain",
                                                      "t82"."_needed",
                                                      "t82"."_ipid",
                                                      "t82"."_ibenefit",
                                                      "t82"."_istart",
                                                      "t82"."_i_start",
                                                      "t82"."_i_end",
                                                      "t82"."_cum",
                                                      CASE
                                                        WHEN "t82"."_i_start" IS NOT NULL
                                                        THEN CAST(CAST("t82"."_i_start" + TO_DAYS(CAST("t82"."_needed" - "t82"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                        ELSE "t82"."_plain"
                                                      END AS "_point"
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
                                                        "t81"."required",
                                                        "t81"."required_joint",
                                                        "t81"."in_force",
                                                        "t81"."_end_unconfirmed",
                                                        "t81"."_plain",
                                                        "t81"."_needed",
                                                        "t79"."_ipid",
                                                        "t79"."_ibenefit",
                                                        "t79"."_istart",
                                                        "t79"."_i_start",
                                                        "t79"."_i_end",
                                                        "t79"."_cum"
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
                                                          "t76"."start_date" AS "window_start",
                                                          COALESCE(
                                                            CASE
                                                              WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 3
                                                              WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 4
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          ) + COALESCE(
                                                            CASE
                                                              WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 0
                                                              WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 0
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          ) AS "required",
                                                          COALESCE(
                                                            CASE
                                                              WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 0
                                                              WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 0
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          ) AS "required_joint",
                                                          (
                                                            CASE
                                                              WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 3
                                                              WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 4
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END IS NOT NULL
                                                          )
                                                          AND (
                                                            CASE
                                                              WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 6
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END IS NOT NULL
                                                          ) AS "in_force",
                                                          COALESCE(
                                                            (
                                                              CASE
                                                                WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 3
                                                                WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 4
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END IS NULL
                                                            )
                                                            AND COALESCE(
                                                              ARRAY_CONTAINS(
                                                                CASE
                                                                  WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                                  THEN [
                                                                    'kontanthjaelp:aktivitetsparat',
                                                                    'kontanthjaelp:uddannelsesparat',
                                                                    'uddannelseshjaelp:aktivitetsparat',
                                                                    'uddannelseshjaelp:uddannelsesparat',
                                                                    'jobafklaring',
                                                                    'ressourceforloeb',
                                                                    'revalidering'
                                                                  ]
                                                                  ELSE CAST(NULL AS TEXT[])
                                                                END,
                                                                "t76"."benefit"
                                                              )
                                                              OR ARRAY_CONTAINS(
                                                                CASE
                                                                  WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                                  THEN [
                                                                    'kontanthjaelp:aktivitetsparat',
                                                                    'kontanthjaelp:uddannelsesparat',
                                                                    'uddannelseshjaelp:aktivitetsparat',
                                                                    'uddannelseshjaelp:uddannelsesparat',
                                                                    'jobafklaring',
                                                                    'ressourceforloeb',
                                                                    'revalidering'
                                                                  ]
                                                                  ELSE CAST(NULL AS TEXT[])
                                                                END,
                                                                "t76"."benefit" || ':' || COALESCE("t76"."target_group", '')
                                                              ),
                                                              FALSE
                                                            ),
                                                            FALSE
                                                          ) AS "_end_unconfirmed",
                                                          CAST(CAST("t76"."start_date" + TO_MONTHS(
                                                            COALESCE(
                                                              CASE
                                                                WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 6
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END,
                                                              0
                                                            )
                                                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                          DATE_DIFF(
                                                            'DAY',
                                                            "t76"."start_date",
                                                            CAST(CAST("t76"."start_date" + TO_MONTHS(
                                                              COALESCE(
                                                                CASE
                                                                  WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                  THEN 6
                                                                  ELSE CAST(NULL AS BIGINT)
                                                                END,
                                                                0
                                                              )
                                                            ) AS TIMESTAMP) AS DATE)
                                                          ) AS "_needed"
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
                                                            "t68"."periods"
                                                          FROM (
                                                            SELECT
                                                              "t66"."person_id",
                                                              "t66"."benefit",
                                                              "t66"."_key" AS "start_date",
                                                              CASE
                                                                WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                                                THEN CAST(NULL AS DATE)
                                                                ELSE "t66"."_end"
                                                              END AS "end_date",
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
                                                              "t66"."periods"
                                                            FROM (
                                                              SELECT
                                                                "t64"."person_id",
                                                                "t64"."benefit",
                                                                "t64"."_key",
                                                                MAX("t64"."_end") AS "_end",
                                                                COUNT(*) AS "periods",
                                                                FIRST("t64"."first_contact_date" ORDER BY "t64"."start_date") AS "first_contact_date",
                                                                FIRST("t64"."target_group" ORDER BY "t64"."start_date") AS "target_group",
                                                                FIRST("t64"."first_absence_date" ORDER BY "t64"."start_date") AS "first_absence_date",
                                                                FIRST("t64"."sickness_category" ORDER BY "t64"."start_date") AS "sickness_category",
                                                                FIRST("t64"."employed" ORDER BY "t64"."start_date") AS "employed",
                                                                FIRST("t64"."handover_date" ORDER BY "t64"."start_date") AS "handover_date",
                                                                FIRST("t64"."expected_absence_weeks" ORDER BY "t64"."start_date") AS "expected_absence_weeks",
                                                                FIRST("t64"."work_obligation" ORDER BY "t64"."start_date") AS "work_obligation",
                                                                FIRST("t64"."municipality" ORDER BY "t64"."start_date") AS "municipality",
                                                                MIN("t64"."early_followup_request_date") AS "early_followup_request_date",
                                                                BOOL_OR(CAST(COALESCE("t64"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                              FROM "t63" AS "t64"
                                                              GROUP BY
                                                                1,
                                                                2,
                                                                3
                                                            ) AS "t66"
                                                            WHERE
                                                              "t66"."benefit" IN ('dagpenge')
                                                          ) AS "t68"
                                                          ANTI JOIN (
                                                            SELECT
                                                              "t70"."person_id" AS "_k_person_id",
                                                              "t70"."benefit" AS "_k_benefit",
                                                              "t70"."start_date" AS "_k_start_date"
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
                                                                "t68"."periods"
                                                              FROM (
                                                                SELECT
                                                                  "t66"."person_id",
                                                                  "t66"."benefit",
                                                                  "t66"."_key" AS "start_date",
                                                                  CASE
                                                                    WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                                                    THEN CAST(NULL AS DATE)
                                                                    ELSE "t66"."_end"
                                                                  END AS "end_date",
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
                                                                  "t66"."periods"
                                                                FROM (
                                                                  SELECT
                                                                    "t64"."person_id",
                                                                    "t64"."benefit",
                                                                    "t64"."_key",
                                                                    MAX("t64"."_end") AS "_end",
                                                                    COUNT(*) AS "periods",
                                                                    FIRST("t64"."first_contact_date" ORDER BY "t64"."start_date") AS "first_contact_date",
                                                                    FIRST("t64"."target_group" ORDER BY "t64"."start_date") AS "target_group",
                                                                    FIRST("t64"."first_absence_date" ORDER BY "t64"."start_date") AS "first_absence_date",
                                                                    FIRST("t64"."sickness_category" ORDER BY "t64"."start_date") AS "sickness_category",
                                                                    FIRST("t64"."employed" ORDER BY "t64"."start_date") AS "employed",
                                                                    FIRST("t64"."handover_date" ORDER BY "t64"."start_date") AS "handover_date",
                                                                    FIRST("t64"."expected_absence_weeks" ORDER BY "t64"."start_date") AS "expected_absence_weeks",
                                                                    FIRST("t64"."work_obligation" ORDER BY "t64"."start_date") AS "work_obligation",
                                                                    FIRST("t64"."municipality" ORDER BY "t64"."start_date") AS "municipality",
                                                                    MIN("t64"."early_followup_request_date") AS "early_followup_request_date",
                                                                    BOOL_OR(CAST(COALESCE("t64"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                                  FROM "t63" AS "t64"
                                                                  GROUP BY
                                                                    1,
                                                                    2,
                                                                    3
                                                                ) AS "t66"
                                                                WHERE
                                                                  "t66"."benefit" IN ('dagpenge')
                                                              ) AS "t68"
                                                              SEMI JOIN (
                                                                SELECT
                                                                  "t2"."person_id" AS "_mpid",
                                                                  "t2"."start_date" AS "_mstart"
                                                                FROM "benefit_periods" AS "t2"
                                                                WHERE
                                                                  "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                              ) AS "t10"
                                                                ON "t68"."person_id" = "t10"."_mpid"
                                                                AND "t10"."_mstart" >= "t68"."start_date"
                                                                AND (
                                                                  (
                                                                    "t68"."end_date" IS NULL
                                                                  ) OR (
                                                                    "t10"."_mstart" <= "t68"."end_date"
                                                                  )
                                                                )
                                                            ) AS "t70"
                                                            WHERE
                                                              CASE
                                                                WHEN "t70"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t70"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 6
                                                                WHEN "t70"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END IS NOT NULL
                                                          ) AS "t74"
                                                            ON "t68"."person_id" = "t74"."_k_person_id"
                                                            AND "t68"."benefit" = "t74"."_k_benefit"
                                                            AND "t68"."start_date" = "t74"."_k_start_date"
                                                        ) AS "t76"
                                                      ) AS "t81"
                                                      LEFT OUTER JOIN (
                                                        SELECT
                                                          "t77"."person_id" AS "_ipid",
                                                          "t77"."benefit" AS "_ibenefit",
                                                          "t77"."start_date" AS "_istart",
                                                          "t77"."i_start" AS "_i_start",
                                                          "t77"."i_end" AS "_i_end",
                                                          "t77"."cum_before" AS "_cum"
                                                        FROM (
                                                          SELECT
                                                            "t75"."person_id",
                                                            "t75"."benefit",
                                                            "t75"."_key" AS "start_date",
                                                            "t75"."i_start",
                                                            "t75"."i_end",
                                                            CAST(COALESCE(
                                                              SUM("t75"."_len") OVER (
                                                                PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                                                ORDER BY "t75"."i_start" ASC
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                              ),
                                                              0
                                                            ) AS INT) AS "cum_before"
                                                          FROM (
                                                            SELECT
                                                              "t72"."person_id",
                                                              "t72"."benefit",
                                                              "t72"."_key",
                                                              "t72"."_island",
                                                              "t72"."i_start",
                                                              "t72"."i_end",
                                                              CASE
                                                                WHEN "t72"."i_end" = MAKE_DATE(9999, 12, 31)
                                                                THEN 0
                                                                ELSE DATE_DIFF('DAY', "t72"."i_start", "t72"."i_end") + 1
                                                              END AS "_len"
                                                            FROM (
                                                              SELECT
                                                                "t71"."person_id",
                                                                "t71"."benefit",
                                                                "t71"."_key",
                                                                "t71"."_island",
                                                                MIN("t71"."start_date") AS "i_start",
                                                                MAX("t71"."_end") AS "i_end"
                                                              FROM (
                                                                SELECT
                                                                  "t69"."person_id",
                                                                  "t69"."benefit",
                                                                  "t69"."start_date",
                                                                  "t69"."_end",
                                                                  "t69"."_key",
                                                                  "t69"."_acc",
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
                                                                  "t69"."_new",
                                                                  SUM("t69"."_new") OVER (
                                                                    PARTITION BY "t69"."person_id", "t69"."benefit", "t69"."_key"
                                                                    ORDER BY "t69"."start_date" ASC, "t69"."_end" ASC
                                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                  ) AS "_island"
                                                                FROM (
                                                                  SELECT
                                                                    "t65"."person_id",
                                                                    "t65"."benefit",
                                                                    "t65"."start_date",
                                                                    "t65"."_end",
                                                                    "t65"."_key",
                                                                    "t65"."_acc",
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
                                                                    CASE
                                                                      WHEN MAX("t65"."_end") OVER (
                                                                        PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                                        ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                      ) IS NULL
                                                                      THEN 1
                                                                      WHEN "t65"."start_date" > CAST(CAST(MAX("t65"."_end") OVER (
                                                                        PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                                        ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                                      THEN 1
                                                                      ELSE 0
                                                                    END AS "_new"
                                                                  FROM (
                                                                    SELECT
                                                                      *
                                                                    FROM "t63" AS "t64"
                                                                    WHERE
                                                                      "t64"."_acc"
                                                                  ) AS "t65"
                                                                ) AS "t69"
                                                              ) AS "t71"
                                                              GROUP BY
                                                                1,
                                                                2,
                                                                3,
                                                                4
                                                            ) AS "t72"
                                                          ) AS "t75"
                                                        ) AS "t77"
                                                      ) AS "t79"
                                                        ON "t81"."person_id" = "t79"."_ipid"
                                                        AND "t81"."benefit" = "t79"."_ibenefit"
                                                        AND "t81"."start_date" = "t79"."_istart"
                                                        AND "t79"."_cum" < "t81"."_needed"
                                                        AND (
                                                          (
                                                            "t79"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                          )
                                                          OR (
                                                            (
                                                              "t79"."_cum" + DATE_DIFF('DAY', "t79"."_i_start", "t79"."_i_end") + 1
                                                            ) >= "t81"."_needed"
                                                          )
                                                        )
                                                    ) AS "t82"
                                                  ) AS "t83"
                                                ) AS "t84"
                                              ) AS "t85"
                                            ) AS "t86"
                                          ) AS "t89"
                                          INNER JOIN (
                                            SELECT
                                              "t1"."person_id" AS "_pid",
                                              "t1"."start_date" AS "_ex_start",
                                              "t1"."end_date" AS "_ex_end",
                                              "t1"."reason" AS "_ex_reason"
                                            FROM "exemptions" AS "t1"
                                            WHERE
                                              "t1"."start_date" <= CAST($as_of AS DATE)
                                          ) AS "t9"
                                            ON "t89"."person_id" = "t9"."_pid"
                                            AND "t9"."_ex_start" <= "t89"."_to"
                                            AND "t9"."_ex_end" >= "t89"."_from"
                                        ) AS "t90"
                                        GROUP BY
                                          1,
                                          2,
                                          3
                                      ) AS "t92"
                                        ON "t87"."person_id" = "t92"."person_id"
                                        AND "t87"."benefit" = "t92"."benefit"
                                        AND "t87"."start_date" = "t92"."start_date"
                                    ) AS "t93"
                                  ) AS "t94"
                                ) AS "t96"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t77"."person_id" AS "_ipid",
                                    "t77"."benefit" AS "_ibenefit",
                                    "t77"."start_date" AS "_istart",
                                    "t77"."i_start" AS "_i_start",
                                    "t77"."i_end" AS "_i_end",
                                    "t77"."cum_before" AS "_cum"
                                  FROM (
                                    SELECT
                                      "t75"."person_id",
                                      "t75"."benefit",
                                      "t75"."_key" AS "start_date",
                                      "t75"."i_start",
                                      "t75"."i_end",
                                      CAST(COALESCE(
                                        SUM("t75"."_len") OVER (
                                          PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                          ORDER BY "t75"."i_start" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                        ),
                                        0
                                      ) AS INT) AS "cum_before"
                                    FROM (
                                      SELECT
                                        "t72"."person_id",
                                        "t72"."benefit",
                                        "t72"."_key",
                                        "t72"."_island",
                                        "t72"."i_start",
                                        "t72"."i_end",
                                        CASE
                                          WHEN "t72"."i_end" = MAKE_DATE(9999, 12, 31)
                                          THEN 0
                                          ELSE DATE_DIFF('DAY', "t72"."i_start", "t72"."i_end") + 1
                                        END AS "_len"
                                      FROM (
                                        SELECT
                                          "t71"."person_id",
                                          "t71"."benefit",
                                          "t71"."_key",
                                          "t71"."_island",
                                          MIN("t71"."start_date") AS "i_start",
                                          MAX("t71"."_end") AS "i_end"
                                        FROM (
                                          SELECT
                                            "t69"."person_id",
                                            "t69"."benefit",
                                            "t69"."start_date",
                                            "t69"."_end",
                                            "t69"."_key",
                                            "t69"."_acc",
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
                                            "t69"."_new",
                                            SUM("t69"."_new") OVER (
                                              PARTITION BY "t69"."person_id", "t69"."benefit", "t69"."_key"
                                              ORDER BY "t69"."start_date" ASC, "t69"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                            ) AS "_island"
                                          FROM (
                                            SELECT
                                              "t65"."person_id",
                                              "t65"."benefit",
                                              "t65"."start_date",
                                              "t65"."_end",
                                              "t65"."_key",
                                              "t65"."_acc",
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
                                              CASE
                                                WHEN MAX("t65"."_end") OVER (
                                                  PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                  ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                ) IS NULL
                                                THEN 1
                                                WHEN "t65"."start_date" > CAST(CAST(MAX("t65"."_end") OVER (
                                                  PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                  ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                THEN 1
                                                ELSE 0
                                              END AS "_new"
                                            FROM (
                                              SELECT
                                                *
                                              FROM "t63" AS "t64"
                                              WHERE
                                                "t64"."_acc"
                                            ) AS "t65"
                                          ) AS "t69"
                                        ) AS "t71"
                                        GROUP BY
                                          1,
                                          2,
                                          3,
                                          4
                                      ) AS "t72"
                                    ) AS "t75"
                                  ) AS "t77"
                                ) AS "t79"
                                  ON "t96"."person_id" = "t79"."_ipid"
                                  AND "t96"."benefit" = "t79"."_ibenefit"
                                  AND "t96"."start_date" = "t79"."_istart"
                                  AND "t79"."_cum" < "t96"."_needed"
                                  AND (
                                    (
                                      "t79"."_i_end" = MAKE_DATE(9999, 12, 31)
                                    )
                                    OR (
                                      (
                                        "t79"."_cum" + DATE_DIFF('DAY', "t79"."_i_start", "t79"."_i_end") + 1
                                      ) >= "t96"."_needed"
                                    )
                                  )
                              ) AS "t97"
                            ) AS "t98"
                          ) AS "t99"
                        ) AS "t107"
                        INNER JOIN (
                          SELECT
                            *
                          FROM "conversations" AS "t0"
                          WHERE
                            "t0"."status" = 'afholdt'
                            AND COALESCE("t0"."individual", TRUE)
                            AND "t0"."date" <= CAST($as_of AS DATE)
                            AND "t0"."kind" IN ('faellessamtale')
                        ) AS "t7"
                          ON "t107"."person_id" = "t7"."person_id"
                          AND "t7"."date" >= "t107"."_first"
                          AND "t7"."date" <= "t107"."_last"
                      ) AS "t109"
                      WHERE
                        COALESCE(
                          ARRAY_CONTAINS(
                            CASE
                              WHEN "t109"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN ['jobcenter', 'anden_aktoer']
                              ELSE CAST(NULL AS TEXT[])
                            END,
                            "t109"."held_by"
                          ),
                          FALSE
                        )
                        AND COALESCE(
                          ARRAY_CONTAINS(
                            CASE
                              WHEN "t109"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN ['personligt', 'telefon', 'video']
                              ELSE CAST(NULL AS TEXT[])
                            END,
                            "t109"."form"
                          ),
                          FALSE
                        )
                    ) AS "t113"
                    INNER JOIN (
                      SELECT
                        "t99"."person_id",
                        "t99"."benefit",
                        "t99"."start_date",
                        "t99"."required_joint" AS "_n",
                        "t99"."due_date" AS "_due"
                      FROM (
                        SELECT
                          "t98".*
                          EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                        FROM (
                          SELECT
                            "t97"."person_id",
                            "t97"."benefit",
                            "t97"."start_date",
                            "t97"."end_date",
                            "t97"."first_contact_date",
                            "t97"."target_group",
                            "t97"."first_absence_date",
                            "t97"."sickness_category",
                            "t97"."employed",
                            "t97"."handover_date",
                            "t97"."expected_absence_weeks",
                            "t97"."work_obligation",
                            "t97"."municipality",
                            "t97"."early_followup_request_date",
                            "t97"."education_order",
                            "t97"."periods",
                            "t97"."window_start",
                            "t97"."required",
                            "t97"."required_joint",
                            "t97"."in_force",
                            "t97"."_end_unconfirmed",
                            "t97"."due0",
                            "t97"."exempt_days",
                            "t97"."exempt_now",
                            "t97"."exemption_note",
                            "t97"."due_date",
                            "t97"."_plain",
                            "t97"."_needed",
                            "t97"."_ipid",
                            "t97"."_ibenefit",
                            "t97"."_istart",
                            "t97"."_i_start",
                            "t97"."_i_end",
                            "t97"."_cum",
                            CASE
                              WHEN "t97"."_i_start" IS NOT NULL
                              THEN CAST(CAST("t97"."_i_start" + TO_DAYS(CAST("t97"."_needed" - "t97"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                              ELSE "t97"."_plain"
                            END AS "_count_from"
                          FROM (
                            SELECT
                              "t96"."person_id",
                              "t96"."benefit",
                              "t96"."start_date",
                              "t96"."end_date",
                              "t96"."first_contact_date",
                              "t96"."target_group",
                              "t96"."first_absence_date",
                              "t96"."sickness_category",
                              "t96"."employed",
                              "t96"."handover_date",
                              "t96"."expected_absence_weeks",
                              "t96"."work_obligation",
                              "t96"."municipality",
                              "t96"."early_followup_request_date",
                              "t96"."education_order",
                              "t96"."periods",
                              "t96"."window_start",
                              "t96"."required",
                              "t96"."required_joint",
                              "t96"."in_force",
                              "t96"."_end_unconfirmed",
                              "t96"."due0",
                              "t96"."exempt_days",
                              "t96"."exempt_now",
                              "t96"."exemption_note",
                              "t96"."due_date",
                              "t96"."_plain",
                              "t96"."_needed",
                              "t79"."_ipid",
                              "t79"."_ibenefit",
                              "t79"."_istart",
                              "t79"."_i_start",
                              "t79"."_i_end",
                              "t79"."_cum"
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
                                "t94"."required",
                                "t94"."required_joint",
                                "t94"."in_force",
                                "t94"."_end_unconfirmed",
                                "t94"."due0",
                                COALESCE("t94"."exempt_days", 0) AS "exempt_days",
                                COALESCE("t94"."exempt_now", FALSE) AS "exempt_now",
                                COALESCE("t94"."exemption_note", '') AS "exemption_note",
                                CAST(CAST("t94"."due0" + TO_DAYS(
                                  CASE
                                    WHEN COALESCE(
                                      CASE
                                        WHEN "t94"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN TRUE
                                        ELSE CAST(NULL AS BOOLEAN)
                                      END,
                                      FALSE
                                    )
                                    THEN COALESCE("t94"."exempt_days", 0)
                                    ELSE 0
                                  END
                                ) AS TIMESTAMP) AS DATE) AS "due_date",
                                CAST(CAST("t94"."window_start" + TO_MONTHS(
                                  COALESCE(
                                    CASE
                                      WHEN "t94"."window_start" >= MAKE_DATE(2024, 1, 1)
                                      THEN 3
                                      WHEN "t94"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 0
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE) AS "_plain",
                                DATE_DIFF(
                                  'DAY',
                                  "t94"."window_start",
                                  CAST(CAST("t94"."window_start" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t94"."window_start" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t94"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN 0
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE)
                                ) AS "_needed"
                              FROM (
                                SELECT
                                  "t93".*
                                  EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                                FROM (
                                  SELECT
                                    "t87"."person_id",
                                    "t87"."benefit",
                                    "t87"."start_date",
                                    "t87"."end_date",
                                    "t87"."first_contact_date",
                                    "t87"."target_group",
                                    "t87"."first_absence_date",
                                    "t87"."sickness_category",
                                    "t87"."employed",
                                    "t87"."handover_date",
                                    "t87"."expected_absence_weeks",
                                    "t87"."work_obligation",
                                    "t87"."municipality",
                                    "t87"."early_followup_request_date",
                                    "t87"."education_order",
                                    "t87"."periods",
                                    "t87"."window_start",
                                    "t87"."required",
                                    "t87"."required_joint",
                                    "t87"."in_force",
                                    "t87"."_end_unconfirmed",
                                    "t87"."due0",
                                    "t92"."person_id" AS "person_id_right",
                                    "t92"."benefit" AS "benefit_right",
                                    "t92"."start_date" AS "start_date_right",
                                    "t92"."exempt_days",
                                    "t92"."exempt_now",
                                    "t92"."exemption_note"
                                  FROM (
                                    SELECT
                                      "t85".*
                                      EXCLUDE ("_point")
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
                                        "t84"."required",
                                        "t84"."required_joint",
                                        "t84"."in_force",
                                        "t84"."_end_unconfirmed",
                                        "t84"."_point",
                                        CAST(CAST("t84"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                      FROM (
                                        SELECT
                                          "t83".*
                                          EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                        FROM (
                                          SELECT
                                            "t82"."person_id",
                                            "t82"."benefit",
                                            "t82"."start_date",
                                            "t82"."end_date",
                                            "t82"."first_contact_date",
                                            "t82"."target_group",
                                            "t82"."first_absence_date",
                                            "t82"."sickness_category",
                                            "t82"."employed",
                                            "t82"."handover_date",
                                            "t82"."expected_absence_weeks",
                                            "t82"."work_obligation",
                                            "t82"."municipality",
                                            "t82"."early_followup_request_date",
                                            "t82"."education_order",
                                            "t82"."periods",
                                            "t82"."window_start",
                                            "t82"."required",
                                            "t82"."required_joint",
                                            "t82"."in_force",
                                            "t82"."_end_unconfirmed",
                                            "t82"."_plain",
                                            "t82"."_needed",
                                            "t82"."_ipid",
                                            "t82"."_ibenefit",
                                            "t82"."_istart",
                                            "t82"."_i_start",
                                            "t82"."_i_end",
                                            "t82"."_cum",
                                            CASE
                                              WHEN "t82"."_i_start" IS NOT NULL
                                              THEN CAST(CAST("t82"."_i_start" + TO_DAYS(CAST("t82"."_needed" - "t82"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                              ELSE "t82"."_plain"
                                            END AS "_point"
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
                                              "t81"."required",
                                              "t81"."required_joint",
                                              "t81"."in_force",
                                              "t81"."_end_unconfirmed",
                                              "t81"."_plain",
                                              "t81"."_needed",
                                              "t79"."_ipid",
                                              "t79"."_ibenefit",
                                              "t79"."_istart",
                                              "t79"."_i_start",
                                              "t79"."_i_end",
                                              "t79"."_cum"
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
                                                "t76"."start_date" AS "window_start",
                                                COALESCE(
                                                  CASE
                                                    WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 4
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                ) + COALESCE(
                                                  CASE
                                                    WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 0
                                                    WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 0
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                ) AS "required",
                                                COALESCE(
                                                  CASE
                                                    WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 0
                                                    WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 0
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                ) AS "required_joint",
                                                (
                                                  CASE
                                                    WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 4
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NOT NULL
                                                )
                                                AND (
                                                  CASE
                                                    WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 6
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NOT NULL
                                                ) AS "in_force",
                                                COALESCE(
                                                  (
                                                    CASE
                                                      WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 3
                                                      WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 4
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NULL
                                                  )
                                                  AND COALESCE(
                                                    ARRAY_CONTAINS(
                                                      CASE
                                                        WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN [
                                                          'kontanthjaelp:aktivitetsparat',
                                                          'kontanthjaelp:uddannelsesparat',
                                                          'uddannelseshjaelp:aktivitetsparat',
                                                          'uddannelseshjaelp:uddannelsesparat',
                                                          'jobafklaring',
                                                          'ressourceforloeb',
                                                          'revalidering'
                                                        ]
                                                        ELSE CAST(NULL AS TEXT[])
                                                      END,
                                                      "t76"."benefit"
                                                    )
                                                    OR ARRAY_CONTAINS(
                                                      CASE
                                                        WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN [
                                                          'kontanthjaelp:aktivitetsparat',
                                                          'kontanthjaelp:uddannelsesparat',
                                                          'uddannelseshjaelp:aktivitetsparat',
                                                          'uddannelseshjaelp:uddannelsesparat',
                                                          'jobafklaring',
                                                          'ressourceforloeb',
                                                          'revalidering'
                                                        ]
                                                        ELSE CAST(NULL AS TEXT[])
                                                      END,
                                                      "t76"."benefit" || ':' || COALESCE("t76"."target_group", '')
                                                    ),
                                                    FALSE
                                                  ),
                                                  FALSE
                                                ) AS "_end_unconfirmed",
                                                CAST(CAST("t76"."start_date" + TO_MONTHS(
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 6
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  )
                                                ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                DATE_DIFF(
                                                  'DAY',
                                                  "t76"."start_date",
                                                  CAST(CAST("t76"."start_date" + TO_MONTHS(
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 6
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    )
                                                  ) AS TIMESTAMP) AS DATE)
                                                ) AS "_needed"
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
                                                  "t68"."periods"
                                                FROM (
                                                  SELECT
                                                    "t66"."person_id",
                                                    "t66"."benefit",
                                                    "t66"."_key" AS "start_date",
                                                    CASE
                                                      WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN CAST(NULL AS DATE)
                                                      ELSE "t66"."_end"
                                                    END AS "end_date",
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
                                                    "t66"."periods"
                                                  FROM (
                                                    SELECT
                                                      "t64"."person_id",
                                                      "t64"."benefit",
                                                      "t64"."_key",
                                                      MAX("t64"."_end") AS "_end",
                                                      COUNT(*) AS "periods",
                                                      FIRST("t64"."first_contact_date" ORDER BY "t64"."start_date") AS "first_contact_date",
                                                      FIRST("t64"."target_group" ORDER BY "t64"."start_date") AS "target_group",
                                                      FIRST("t64"."first_absence_date" ORDER BY "t64"."start_date") AS "first_absence_date",
                                                      FIRST("t64"."sickness_category" ORDER BY "t64"."start_date") AS "sickness_category",
                                                      FIRST("t64"."employed" ORDER BY "t64"."start_date") AS "employed",
                                                      FIRST("t64"."handover_date" ORDER BY "t64"."start_date") AS "handover_date",
                                                      FIRST("t64"."expected_absence_weeks" ORDER BY "t64"."start_date") AS "expected_absence_weeks",
                                                      FIRST("t64"."work_obligation" ORDER BY "t64"."start_date") AS "work_obligation",
                                                      FIRST("t64"."municipality" ORDER BY "t64"."start_date") AS "municipality",
                                                      MIN("t64"."early_followup_request_date") AS "early_followup_request_date",
                                                      BOOL_OR(CAST(COALESCE("t64"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                    FROM "t63" AS "t64"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3
                                                  ) AS "t66"
                                                  WHERE
                                                    "t66"."benefit" IN ('dagpenge')
                                                ) AS "t68"
                                                ANTI JOIN (
                                                  SELECT
                                                    "t70"."person_id" AS "_k_person_id",
                                                    "t70"."benefit" AS "_k_benefit",
                                                    "t70"."start_date" AS "_k_start_date"
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
                                                      "t68"."periods"
                                                    FROM (
                                                      SELECT
                                                        "t66"."person_id",
                                                        "t66"."benefit",
                                                        "t66"."_key" AS "start_date",
                                                        CASE
                                                          WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                                          THEN CAST(NULL AS DATE)
                                                          ELSE "t66"."_end"
                                                        END AS "end_date",
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
                                                        "t66"."periods"
                                                      FROM (
                                                        SELECT
                                                          "t64"."person_id",
                                                          "t64"."benefit",
                                                          "t64"."_key",
                                                          MAX("t64"."_end") AS "_end",
                                                          COUNT(*) AS "periods",
                                                          FIRST("t64"."first_contact_date" ORDER BY "t64"."start_date") AS "first_contact_date",
                                                          FIRST("t64"."target_group" ORDER BY "t64"."start_date") AS "target_group",
                                                          FIRST("t64"."first_absence_date" ORDER BY "t64"."start_date") AS "first_absence_date",
                                                          FIRST("t64"."sickness_category" ORDER BY "t64"."start_date") AS "sickness_category",
                                                          FIRST("t64"."employed" ORDER BY "t64"."start_date") AS "employed",
                                                          FIRST("t64"."handover_date" ORDER BY "t64"."start_date") AS "handover_date",
                                                          FIRST("t64"."expected_absence_weeks" ORDER BY "t64"."start_date") AS "expected_absence_weeks",
                                                          FIRST("t64"."work_obligation" ORDER BY "t64"."start_date") AS "work_obligation",
                                                          FIRST("t64"."municipality" ORDER BY "t64"."start_date") AS "municipality",
                                                          MIN("t64"."early_followup_request_date") AS "early_followup_request_date",
                                                          BOOL_OR(CAST(COALESCE("t64"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                        FROM "t63" AS "t64"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3
                                                      ) AS "t66"
                                                      WHERE
                                                        "t66"."benefit" IN ('dagpenge')
                                                    ) AS "t68"
                                                    SEMI JOIN (
                                                      SELECT
                                                        "t2"."person_id" AS "_mpid",
                                                        "t2"."start_date" AS "_mstart"
                                                      FROM "benefit_periods" AS "t2"
                                                      WHERE
                                                        "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                    ) AS "t10"
                                                      ON "t68"."person_id" = "t10"."_mpid"
                                                      AND "t10"."_mstart" >= "t68"."start_date"
                                                      AND (
                                                        (
                                                          "t68"."end_date" IS NULL
                                                        ) OR (
                                                          "t10"."_mstart" <= "t68"."end_date"
                                                        )
                                                      )
                                                  ) AS "t70"
                                                  WHERE
                                                    CASE
                                                      WHEN "t70"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t70"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 6
                                                      WHEN "t70"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NOT NULL
                                                ) AS "t74"
                                                  ON "t68"."person_id" = "t74"."_k_person_id"
                                                  AND "t68"."benefit" = "t74"."_k_benefit"
                                                  AND "t68"."start_date" = "t74"."_k_start_date"
                                              ) AS "t76"
                                            ) AS "t81"
                                            LEFT OUTER JOIN (
                                              SELECT
                                                "t77"."person_id" AS "_ipid",
                                                "t77"."benefit" AS "_ibenefit",
                                                "t77"."start_date" AS "_istart",
                                                "t77"."i_start" AS "_i_start",
                                                "t77"."i_end" AS "_i_end",
                                                "t77"."cum_before" AS "_cum"
                                              FROM (
                                                SELECT
                                                  "t75"."person_id",
                                                  "t75"."benefit",
                                                  "t75"."_key" AS "start_date",
                                                  "t75"."i_start",
                                                  "t75"."i_end",
                                                  CAST(COALESCE(
                                                    SUM("t75"."_len") OVER (
                                                      PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                                      ORDER BY "t75"."i_start" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                    ),
                                                    0
                                                  ) AS INT) AS "cum_before"
                                                FROM (
                                                  SELECT
                                                    "t72"."person_id",
                                                    "t72"."benefit",
                                                    "t72"."_key",
                                                    "t72"."_island",
                                                    "t72"."i_start",
                                                    "t72"."i_end",
                                                    CASE
                                                      WHEN "t72"."i_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN 0
                                                      ELSE DATE_DIFF('DAY', "t72"."i_start", "t72"."i_end") + 1
                                                    END AS "_len"
                                                  FROM (
                                                    SELECT
                                                      "t71"."person_id",
                                                      "t71"."benefit",
                                                      "t71"."_key",
                                                      "t71"."_island",
                                                      MIN("t71"."start_date") AS "i_start",
                                                      MAX("t71"."_end") AS "i_end"
                                                    FROM (
                                                      SELECT
                                                        "t69"."person_id",
                                                        "t69"."benefit",
                                                        "t69"."start_date",
                                                        "t69"."_end",
                                                        "t69"."_key",
                                                        "t69"."_acc",
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
                                                        "t69"."_new",
                                                        SUM("t69"."_new") OVER (
                                                          PARTITION BY "t69"."person_id", "t69"."benefit", "t69"."_key"
                                                          ORDER BY "t69"."start_date" ASC, "t69"."_end" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                        ) AS "_island"
                                                      FROM (
                                                        SELECT
                                                          "t65"."person_id",
                                                          "t65"."benefit",
                                                          "t65"."start_date",
                                                          "t65"."_end",
                                                          "t65"."_key",
                                                          "t65"."_acc",
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
                                                          CASE
                                                            WHEN MAX("t65"."_end") OVER (
                                                              PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                              ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                            ) IS NULL
                                                            THEN 1
                                                            WHEN "t65"."start_date" > CAST(CAST(MAX("t65"."_end") OVER (
                                                              PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                              ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                            THEN 1
                                                            ELSE 0
                                                          END AS "_new"
                                                        FROM (
                                                          SELECT
                                                            *
                                                          FROM "t63" AS "t64"
                                                          WHERE
                                                            "t64"."_acc"
                                                        ) AS "t65"
                                                      ) AS "t69"
                                                    ) AS "t71"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3,
                                                      4
                                                  ) AS "t72"
                                                ) AS "t75"
                                              ) AS "t77"
                                            ) AS "t79"
                                              ON "t81"."person_id" = "t79"."_ipid"
                                              AND "t81"."benefit" = "t79"."_ibenefit"
                                              AND "t81"."start_date" = "t79"."_istart"
                                              AND "t79"."_cum" < "t81"."_needed"
                                              AND (
                                                (
                                                  "t79"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                )
                                                OR (
                                                  (
                                                    "t79"."_cum" + DATE_DIFF('DAY', "t79"."_i_start", "t79"."_i_end") + 1
                                                  ) >= "t81"."_needed"
                                                )
                                              )
                                          ) AS "t82"
                                        ) AS "t83"
                                      ) AS "t84"
                                    ) AS "t85"
                                  ) AS "t87"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t90"."person_id",
                                      "t90"."benefit",
                                      "t90"."start_date",
                                      CAST(SUM(
                                        DATE_DIFF(
                                          'DAY',
                                          GREATEST("t90"."_ex_start", "t90"."_from"),
                                          LEAST("t90"."_ex_end", "t90"."_to")
                                        ) + 1
                                      ) AS INT) AS "exempt_days",
                                      BOOL_OR(
                                        CAST((
                                          "t90"."_ex_start" <= CAST($as_of AS DATE)
                                        )
                                        AND (
                                          "t90"."_ex_end" >= CAST($as_of AS DATE)
                                        ) AS BOOLEAN)
                                      ) AS "exempt_now",
                                      LISTAGG(
                                        
                                          'fritaget ' || CAST("t90"."_ex_start" AS TEXT) || '–' || CAST("t90"."_ex_end" AS TEXT) || ' (' || "t90"."_ex_reason" || ')',
                                          ', ' ORDER BY "t90"."_ex_start" ASC
                                        
                                      ) AS "exemption_note"
                                    FROM (
                                      SELECT
                                        "t89"."person_id",
                                        "t89"."benefit",
                                        "t89"."start_date",
                                        "t89"."_from",
                                        "t89"."_to",
                                        "t9"."_pid",
                                        "t9"."_ex_start",
                                        "t9"."_ex_end",
                                        "t9"."_ex_reason"
                                      FROM (
                                        SELECT
                                          "t86"."person_id",
                                          "t86"."benefit",
                                          "t86"."start_date",
                                          "t86"."window_start" AS "_from",
                                          "t86"."due0" AS "_to"
                                        FROM (
                                          SELECT
                                            "t85".*
                                            EXCLUDE ("_point")
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
                                              "t84"."required",
                                              "t84"."required_joint",
                                              "t84"."in_force",
                                              "t84"."_end_unconfirmed",
                                              "t84"."_point",
                                              CAST(CAST("t84"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                            FROM (
                                              SELECT
                                                "t83".*
                                                EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                              FROM (
                                                SELECT
                                                  "t82"."person_id",
                                                  "t82"."benefit",
                                                  "t82"."start_date",
                                                  "t82"."end_date",
                                                  "t82"."first_contact_date",
                                                  "t82"."target_group",
                                                  "t82"."first_absence_date",
                                                  "t82"."sickness_category",
                                                  "t82"."employed",
                                                  "t82"."handover_date",
                                                  "t82"."expected_absence_weeks",
                                                  "t82"."work_obligation",
                                                  "t82"."municipality",
                                                  "t82"."early_followup_request_date",
                                                  "t82"."education_order",
                                                  "t82"."periods",
                                                  "t82"."window_start",
                                                  "t82"."required",
                                                  "t82"."required_joint",
                                                  "t82"."in_force",
                                                  "t82"."_end_unconfirmed",
                                                  "t82"."_plain",
                                                  "t82"."_needed",
                                                  "t82"."_ipid",
                                                  "t82"."_ibenefit",
                                                  "t82"."_istart",
                                                  "t82"."_i_start",
                                                  "t82"."_i_end",
                                                  "t82"."_cum",
                                                  CASE
                                                    WHEN "t82"."_i_start" IS NOT NULL
                                                    THEN CAST(CAST("t82"."_i_start" + TO_DAYS(CAST("t82"."_needed" - "t82"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                    ELSE "t82"."_plain"
                                                  END AS "_point"
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
                                                    "t81"."required",
                                                    "t81"."required_joint",
                                                    "t81"."in_force",
                                                    "t81"."_end_unconfirmed",
                                                    "t81"."_plain",
                                                    "t81"."_needed",
                                                    "t79"."_ipid",
                                                    "t79"."_ibenefit",
                                                    "t79"."_istart",
                                                    "t79"."_i_start",
                                                    "t79"."_i_end",
                                                    "t79"."_cum"
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
                                                      "t76"."start_date" AS "window_start",
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      ) + COALESCE(
                                                        CASE
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 0
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 0
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      ) AS "required",
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 0
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 0
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      ) AS "required_joint",
                                                      (
                                                        CASE
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NOT NULL
                                                      )
                                                      AND (
                                                        CASE
                                                          WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 6
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NOT NULL
                                                      ) AS "in_force",
                                                      COALESCE(
                                                        (
                                                          CASE
                                                            WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t76"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 3
                                                            WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 4
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END IS NULL
                                                        )
                                                        AND COALESCE(
                                                          ARRAY_CONTAINS(
                                                            CASE
                                                              WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                              THEN [
                                                                'kontanthjaelp:aktivitetsparat',
                                                                'kontanthjaelp:uddannelsesparat',
                                                                'uddannelseshjaelp:aktivitetsparat',
                                                                'uddannelseshjaelp:uddannelsesparat',
                                                                'jobafklaring',
                                                                'ressourceforloeb',
                                                                'revalidering'
                                                              ]
                                                              ELSE CAST(NULL AS TEXT[])
                                                            END,
                                                            "t76"."benefit"
                                                          )
                                                          OR ARRAY_CONTAINS(
                                                            CASE
                                                              WHEN "t76"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                              THEN [
                                                                'kontanthjaelp:aktivitetsparat',
                                                                'kontanthjaelp:uddannelsesparat',
                                                                'uddannelseshjaelp:aktivitetsparat',
                                                                'uddannelseshjaelp:uddannelsesparat',
                                                                'jobafklaring',
                                                                'ressourceforloeb',
                                                                'revalidering'
                                                              ]
                                                              ELSE CAST(NULL AS TEXT[])
                                                            END,
                                                            "t76"."benefit" || ':' || COALESCE("t76"."target_group", '')
                                                          ),
                                                          FALSE
                                                        ),
                                                        FALSE
                                                      ) AS "_end_unconfirmed",
                                                      CAST(CAST("t76"."start_date" + TO_MONTHS(
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 6
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        )
                                                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                      DATE_DIFF(
                                                        'DAY',
                                                        "t76"."start_date",
                                                        CAST(CAST("t76"."start_date" + TO_MONTHS(
                                                          COALESCE(
                                                            CASE
                                                              WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 6
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          )
                                                        ) AS TIMESTAMP) AS DATE)
                                                      ) AS "_needed"
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
                                                        "t68"."periods"
                                                      FROM (
                                                        SELECT
                                                          "t66"."person_id",
                                                          "t66"."benefit",
                                                          "t66"."_key" AS "start_date",
                                                          CASE
                                                            WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                                            THEN CAST(NULL AS DATE)
                                                            ELSE "t66"."_end"
                                                          END AS "end_date",
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
                                                          "t66"."periods"
                                                        FROM (
                                                          SELECT
                                                            "t64"."person_id",
                                                            "t64"."benefit",
                                                            "t64"."_key",
                                                            MAX("t64"."_end") AS "_end",
                                                            COUNT(*) AS "periods",
                                                            FIRST("t64"."first_contact_date" ORDER BY "t64"."start_date") AS "first_contact_date",
                                                            FIRST("t64"."target_group" ORDER BY "t64"."start_date") AS "target_group",
                                                            FIRST("t64"."first_absence_date" ORDER BY "t64"."start_date") AS "first_absence_date",
                                                            FIRST("t64"."sickness_category" ORDER BY "t64"."start_date") AS "sickness_category",
                                                            FIRST("t64"."employed" ORDER BY "t64"."start_date") AS "employed",
                                                            FIRST("t64"."handover_date" ORDER BY "t64"."start_date") AS "handover_date",
                                                            FIRST("t64"."expected_absence_weeks" ORDER BY "t64"."start_date") AS "expected_absence_weeks",
                                                            FIRST("t64"."work_obligation" ORDER BY "t64"."start_date") AS "work_obligation",
                                                            FIRST("t64"."municipality" ORDER BY "t64"."start_date") AS "municipality",
                                                            MIN("t64"."early_followup_request_date") AS "early_followup_request_date",
                                                            BOOL_OR(CAST(COALESCE("t64"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                          FROM "t63" AS "t64"
                                                          GROUP BY
                                                            1,
                                                            2,
                                                            3
                                                        ) AS "t66"
                                                        WHERE
                                                          "t66"."benefit" IN ('dagpenge')
                                                      ) AS "t68"
                                                      ANTI JOIN (
                                                        SELECT
                                                          "t70"."person_id" AS "_k_person_id",
                                                          "t70"."benefit" AS "_k_benefit",
                                                          "t70"."start_date" AS "_k_start_date"
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
                                                            "t68"."periods"
                                                          FROM (
                                                            SELECT
                                                              "t66"."person_id",
                                                              "t66"."benefit",
                                                              "t66"."_key" AS "start_date",
                                                              CASE
                                                                WHEN "t66"."_end" = MAKE_DATE(9999, 12, 31)
                                                                THEN CAST(NULL AS DATE)
                                                                ELSE "t66"."_end"
                                                              END AS "end_date",
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
                                                              "t66"."periods"
                                                            FROM (
                                                              SELECT
                                                                "t64"."person_id",
                                                                "t64"."benefit",
                                                                "t64"."_key",
                                                                MAX("t64"."_end") AS "_end",
                                                                COUNT(*) AS "periods",
                                                                FIRST("t64"."first_contact_date" ORDER BY "t64"."start_date") AS "first_contact_date",
                                                                FIRST("t64"."target_group" ORDER BY "t64"."start_date") AS "target_group",
                                                                FIRST("t64"."first_absence_date" ORDER BY "t64"."start_date") AS "first_absence_date",
                                                                FIRST("t64"."sickness_category" ORDER BY "t64"."start_date") AS "sickness_category",
                                                                FIRST("t64"."employed" ORDER BY "t64"."start_date") AS "employed",
                                                                FIRST("t64"."handover_date" ORDER BY "t64"."start_date") AS "handover_date",
                                                                FIRST("t64"."expected_absence_weeks" ORDER BY "t64"."start_date") AS "expected_absence_weeks",
                                                                FIRST("t64"."work_obligation" ORDER BY "t64"."start_date") AS "work_obligation",
                                                                FIRST("t64"."municipality" ORDER BY "t64"."start_date") AS "municipality",
                                                                MIN("t64"."early_followup_request_date") AS "early_followup_request_date",
                                                                BOOL_OR(CAST(COALESCE("t64"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                              FROM "t63" AS "t64"
                                                              GROUP BY
                                                                1,
                                                                2,
                                                                3
                                                            ) AS "t66"
                                                            WHERE
                                                              "t66"."benefit" IN ('dagpenge')
                                                          ) AS "t68"
                                                          SEMI JOIN (
                                                            SELECT
                                                              "t2"."person_id" AS "_mpid",
                                                              "t2"."start_date" AS "_mstart"
                                                            FROM "benefit_periods" AS "t2"
                                                            WHERE
                                                              "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                          ) AS "t10"
                                                            ON "t68"."person_id" = "t10"."_mpid"
                                                            AND "t10"."_mstart" >= "t68"."start_date"
                                                            AND (
                                                              (
                                                                "t68"."end_date" IS NULL
                                                              ) OR (
                                                                "t10"."_mstart" <= "t68"."end_date"
                                                              )
                                                            )
                                                        ) AS "t70"
                                                        WHERE
                                                          CASE
                                                            WHEN "t70"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t70"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 6
                                                            WHEN "t70"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END IS NOT NULL
                                                      ) AS "t74"
                                                        ON "t68"."person_id" = "t74"."_k_person_id"
                                                        AND "t68"."benefit" = "t74"."_k_benefit"
                                                        AND "t68"."start_date" = "t74"."_k_start_date"
                                                    ) AS "t76"
                                                  ) AS "t81"
                                                  LEFT OUTER JOIN (
                                                    SELECT
                                                      "t77"."person_id" AS "_ipid",
                                                      "t77"."benefit" AS "_ibenefit",
                                                      "t77"."start_date" AS "_istart",
                                                      "t77"."i_start" AS "_i_start",
                                                      "t77"."i_end" AS "_i_end",
                                                      "t77"."cum_before" AS "_cum"
                                                    FROM (
                                                      SELECT
                                                        "t75"."person_id",
                                                        "t75"."benefit",
                                                        "t75"."_key" AS "start_date",
                                                        "t75"."i_start",
                                                        "t75"."i_end",
                                                        CAST(COALESCE(
                                                          SUM("t75"."_len") OVER (
                                                            PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                                            ORDER BY "t75"."i_start" ASC
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                          ),
                                                          0
                                                        ) AS INT) AS "cum_before"
                                                      FROM (
                                                        SELECT
                                                          "t72"."person_id",
                                                          "t72"."benefit",
                                                          "t72"."_key",
                                                          "t72"."_island",
                                                          "t72"."i_start",
                                                          "t72"."i_end",
                                                          CASE
                                                            WHEN "t72"."i_end" = MAKE_DATE(9999, 12, 31)
                                                            THEN 0
                                                            ELSE DATE_DIFF('DAY', "t72"."i_start", "t72"."i_end") + 1
                                                          END AS "_len"
                                                        FROM (
                                                          SELECT
                                                            "t71"."person_id",
                                                            "t71"."benefit",
                                                            "t71"."_key",
                                                            "t71"."_island",
                                                            MIN("t71"."start_date") AS "i_start",
                                                            MAX("t71"."_end") AS "i_end"
                                                          FROM (
                                                            SELECT
                                                              "t69"."person_id",
                                                              "t69"."benefit",
                                                              "t69"."start_date",
                                                              "t69"."_end",
                                                              "t69"."_key",
                                                              "t69"."_acc",
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
                                                              "t69"."_new",
                                                              SUM("t69"."_new") OVER (
                                                                PARTITION BY "t69"."person_id", "t69"."benefit", "t69"."_key"
                                                                ORDER BY "t69"."start_date" ASC, "t69"."_end" ASC
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                              ) AS "_island"
                                                            FROM (
                                                              SELECT
                                                                "t65"."person_id",
                                                                "t65"."benefit",
                                                                "t65"."start_date",
                                                                "t65"."_end",
                                                                "t65"."_key",
                                                                "t65"."_acc",
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
                                                                CASE
                                                                  WHEN MAX("t65"."_end") OVER (
                                                                    PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                                    ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                  ) IS NULL
                                                                  THEN 1
                                                                  WHEN "t65"."start_date" > CAST(CAST(MAX("t65"."_end") OVER (
                                                                    PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                                    ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                                  THEN 1
                                                                  ELSE 0
                                                                END AS "_new"
                                                              FROM (
                                                                SELECT
                                                                  *
                                                                FROM "t63" AS "t64"
                                                                WHERE
                                                                  "t64"."_acc"
                                                              ) AS "t65"
                                                            ) AS "t69"
                                                          ) AS "t71"
                                                          GROUP BY
                                                            1,
                                                            2,
                                                            3,
                                                            4
                                                        ) AS "t72"
                                                      ) AS "t75"
                                                    ) AS "t77"
                                                  ) AS "t79"
                                                    ON "t81"."person_id" = "t79"."_ipid"
                                                    AND "t81"."benefit" = "t79"."_ibenefit"
                                                    AND "t81"."start_date" = "t79"."_istart"
                                                    AND "t79"."_cum" < "t81"."_needed"
                                                    AND (
                                                      (
                                                        "t79"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                      )
                                                      OR (
                                                        (
                                                          "t79"."_cum" + DATE_DIFF('DAY', "t79"."_i_start", "t79"."_i_end") + 1
                                                        ) >= "t81"."_needed"
                                                      )
                                                    )
                                                ) AS "t82"
                                              ) AS "t83"
                                            ) AS "t84"
                                          ) AS "t85"
                                        ) AS "t86"
                                      ) AS "t89"
                                      INNER JOIN (
                                        SELECT
                                          "t1"."person_id" AS "_pid",
                                          "t1"."start_date" AS "_ex_start",
                                          "t1"."end_date" AS "_ex_end",
                                          "t1"."reason" AS "_ex_reason"
                                        FROM "exemptions" AS "t1"
                                        WHERE
                                          "t1"."start_date" <= CAST($as_of AS DATE)
                                      ) AS "t9"
                                        ON "t89"."person_id" = "t9"."_pid"
                                        AND "t9"."_ex_start" <= "t89"."_to"
                                        AND "t9"."_ex_end" >= "t89"."_from"
                                    ) AS "t90"
                                    GROUP BY
                                      1,
                                      2,
                                      3
                                  ) AS "t92"
                                    ON "t87"."person_id" = "t92"."person_id"
                                    AND "t87"."benefit" = "t92"."benefit"
                                    AND "t87"."start_date" = "t92"."start_date"
                                ) AS "t93"
                              ) AS "t94"
                            ) AS "t96"
                            LEFT OUTER JOIN (
                              SELECT
                                "t77"."person_id" AS "_ipid",
                                "t77"."benefit" AS "_ibenefit",
                                "t77"."start_date" AS "_istart",
                                "t77"."i_start" AS "_i_start",
                                "t77"."i_end" AS "_i_end",
                                "t77"."cum_before" AS "_cum"
                              FROM (
                                SELECT
                                  "t75"."person_id",
                                  "t75"."benefit",
                                  "t75"."_key" AS "start_date",
                                  "t75"."i_start",
                                  "t75"."i_end",
                                  CAST(COALESCE(
                                    SUM("t75"."_len") OVER (
                                      PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                      ORDER BY "t75"."i_start" ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                    ),
                                    0
                                  ) AS INT) AS "cum_before"
                                FROM (
                                  SELECT
                                    "t72"."person_id",
                                    "t72"."benefit",
                                    "t72"."_key",
                                    "t72"."_island",
                                    "t72"."i_start",
                                    "t72"."i_end",
                                    CASE
                                      WHEN "t72"."i_end" = MAKE_DATE(9999, 12, 31)
                                      THEN 0
                                      ELSE DATE_DIFF('DAY', "t72"."i_start", "t72"."i_end") + 1
                                    END AS "_len"
                                  FROM (
                                    SELECT
                                      "t71"."person_id",
                                      "t71"."benefit",
                                      "t71"."_key",
                                      "t71"."_island",
                                      MIN("t71"."start_date") AS "i_start",
                                      MAX("t71"."_end") AS "i_end"
                                    FROM (
                                      SELECT
                                        "t69"."person_id",
                                        "t69"."benefit",
                                        "t69"."start_date",
                                        "t69"."_end",
                                        "t69"."_key",
                                        "t69"."_acc",
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
                                        "t69"."_new",
                                        SUM("t69"."_new") OVER (
                                          PARTITION BY "t69"."person_id", "t69"."benefit", "t69"."_key"
                                          ORDER BY "t69"."start_date" ASC, "t69"."_end" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                        ) AS "_island"
                                      FROM (
                                        SELECT
                                          "t65"."person_id",
                                          "t65"."benefit",
                                          "t65"."start_date",
                                          "t65"."_end",
                                          "t65"."_key",
                                          "t65"."_acc",
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
                                          CASE
                                            WHEN MAX("t65"."_end") OVER (
                                              PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                              ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ) IS NULL
                                            THEN 1
                                            WHEN "t65"."start_date" > CAST(CAST(MAX("t65"."_end") OVER (
                                              PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                              ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                            THEN 1
                                            ELSE 0
                                          END AS "_new"
                                        FROM (
                                          SELECT
                                            *
                                          FROM "t63" AS "t64"
                                          WHERE
                                            "t64"."_acc"
                                        ) AS "t65"
                                      ) AS "t69"
                                    ) AS "t71"
                                    GROUP BY
                                      1,
                                      2,
                                      3,
                                      4
                                  ) AS "t72"
                                ) AS "t75"
                              ) AS "t77"
                            ) AS "t79"
                              ON "t96"."person_id" = "t79"."_ipid"
                              AND "t96"."benefit" = "t79"."_ibenefit"
                              AND "t96"."start_date" = "t79"."_istart"
                              AND "t79"."_cum" < "t96"."_needed"
                              AND (
                                (
                                  "t79"."_i_end" = MAKE_DATE(9999, 12, 31)
                                )
                                OR (
                                  (
                                    "t79"."_cum" + DATE_DIFF('DAY', "t79"."_i_start", "t79"."_i_end") + 1
                                  ) >= "t96"."_needed"
                                )
                              )
                          ) AS "t97"
                        ) AS "t98"
                      ) AS "t99"
                    ) AS "t103"
                      ON "t113"."person_id" = "t103"."person_id"
                      AND "t113"."benefit" = "t103"."benefit"
                      AND "t113"."start_date" = "t103"."start_date"
                  ) AS "t115"
                ) AS "t117"
                WHERE
                  "t117"."_rank" < "t117"."_n"
              ) AS "t119"
              GROUP BY
                1,
                2,
                3
            ) AS "t121"
          ) AS "t123"
        ) AS "t125"
      ) AS "t129"
        ON "t132"."person_id" = "t129"."person_id"
        AND "t132"."benefit" = "t129"."benefit"
        AND "t132"."start_date" = "t129"."start_date"
    ) AS "t133"
  ) AS "t134"
) AS "t135"
