WITH "t12" AS (
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
    "t11"."_spell",
    MIN("t11"."start_date") OVER (
      PARTITION BY "t11"."person_id", "t11"."_spell"
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "_spell_start"
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
      "t10"."_new",
      SUM("t10"."_new") OVER (
        PARTITION BY "t10"."person_id"
        ORDER BY "t10"."start_date" ASC, "t10"."benefit" ASC, "t10"."_end" ASC
        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
      ) AS "_spell"
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
          ) AS "t7"
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
            "t17"."end_date",
            "t17"."target_group",
            "t17"."first_contact_date",
            "t17"."first_absence_date",
            "t17"."sickness_category",
            "t17"."employed",
            "t17"."municipality",
            "t17"."work_obligation",
            "t17"."education_order",
            "t17"."introduction_programme",
            "t17"."expected_absence_weeks",
            "t17"."handover_date",
            "t17"."jobcentre_course",
            "t17"."early_followup_request_date",
            "t17"."_end",
            "t17"."_acc",
            "t17"."_switch",
            "t17"."_run",
            "t17"."_new",
            "t17"."_spell",
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
            "t17"."end_date",
            "t17"."target_group",
            "t17"."first_contact_date",
            "t17"."first_absence_date",
            "t17"."sickness_category",
            "t17"."employed",
            "t17"."municipality",
            "t17"."work_obligation",
            "t17"."education_order",
            "t17"."introduction_programme",
            "t17"."expected_absence_weeks",
            "t17"."handover_date",
            "t17"."jobcentre_course",
            "t17"."early_followup_request_date",
            "t17"."_end",
            "t17"."_acc",
            "t17"."_switch",
            "t17"."_run",
            "t17"."_new",
            "t17"."_spell",
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
), "t59" AS (
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
          "t55"."end_date",
          "t55"."target_group",
          "t55"."first_contact_date",
          "t55"."first_absence_date",
          "t55"."sickness_category",
          "t55"."employed",
          "t55"."municipality",
          "t55"."work_obligation",
          "t55"."education_order",
          "t55"."introduction_programme",
          "t55"."expected_absence_weeks",
          "t55"."handover_date",
          "t55"."jobcentre_course",
          "t55"."early_followup_request_date",
          "t55"."_end",
          "t55"."_acc",
          "t55"."_switch",
          "t55"."_run",
          "t55"."_new",
          "t55"."_spell",
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
            "t17"."end_date",
            "t17"."target_group",
            "t17"."first_contact_date",
            "t17"."first_absence_date",
            "t17"."sickness_category",
            "t17"."employed",
            "t17"."municipality",
            "t17"."work_obligation",
            "t17"."education_order",
            "t17"."introduction_programme",
            "t17"."expected_absence_weeks",
            "t17"."handover_date",
            "t17"."jobcentre_course",
            "t17"."early_followup_request_date",
            "t17"."_end",
            "t17"."_acc",
            "t17"."_switch",
            "t17"."_run",
            "t17"."_new",
            "t17"."_spell",
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
                          "t17"."end_date",
                          "t17"."target_group",
                          "t17"."first_contact_date",
                          "t17"."first_absence_date",
                          "t17"."sickness_category",
                          "t17"."employed",
                          "t17"."municipality",
                          "t17"."work_obligation",
                          "t17"."education_order",
                          "t17"."introduction_programme",
                          "t17"."expected_absence_weeks",
                          "t17"."handover_date",
                          "t17"."jobcentre_course",
                          "t17"."early_followup_request_date",
                          "t17"."_end",
                          "t17"."_acc",
                          "t17"."_switch",
                          "t17"."_run",
                          "t17"."_new",
                          "t17"."_spell",
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
                      "t17"."end_date",
                      "t17"."target_group",
                      "t17"."first_contact_date",
                      "t17"."first_absence_date",
                      "t17"."sickness_category",
                      "t17"."employed",
                      "t17"."municipality",
                      "t17"."work_obligation",
                      "t17"."education_order",
                      "t17"."introduction_programme",
                      "t17"."expected_absence_weeks",
                      "t17"."handover_date",
                      "t17"."jobcentre_course",
                      "t17"."early_followup_request_date",
                      "t17"."_end",
                      "t17"."_acc",
                      "t17"."_switch",
                      "t17"."_run",
                      "t17"."_new",
                      "t17"."_spell",
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
                                "t17"."end_date",
                                "t17"."target_group",
                                "t17"."first_contact_date",
                                "t17"."first_absence_date",
                                "t17"."sickness_category",
                                "t17"."employed",
                                "t17"."municipality",
                                "t17"."work_obligation",
                                "t17"."education_order",
                                "t17"."introduction_programme",
                                "t17"."expected_absence_weeks",
                                "t17"."handover_date",
                                "t17"."jobcentre_course",
                                "t17"."early_followup_request_date",
                                "t17"."_end",
                                "t17"."_acc",
                                "t17"."_switch",
                                "t17"."_run",
                                "t17"."_new",
                                "t17"."_spell",
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
)
SELECT
  "t94"."person_id",
  "t94"."benefit",
  'offer_6m' AS "kind",
  'offer_6m' AS "rule_id",
  '1.2.0' AS "rule_version",
  CASE
    WHEN "t94"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025; STAR, svar på spørgsmål fra webinar 21.1.2026 (tilbud til 75 %)'
    WHEN "t94"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 102, stk. 1'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t94"."window_start",
  CASE
    WHEN COALESCE("t94"."is_applicable", FALSE)
    THEN "t94"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t94"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t94"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t94"."fulfilled_date" <= COALESCE("t94"."on_time_until", "t94"."due_date")
    )
    THEN 'met'
    WHEN "t94"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t94"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t94"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t94"."is_applicable", FALSE)
    THEN "t94"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t94"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t94"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t94"."fulfilled_date" > COALESCE("t94"."on_time_until", "t94"."due_date")
    )
    THEN DATE_DIFF('DAY', COALESCE("t94"."on_time_until", "t94"."due_date"), "t94"."fulfilled_date")
    WHEN NOT (
      "t94"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t94"."is_exempt", FALSE)
    )
    AND (
      "t94"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t94"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t94"."is_applicable", FALSE)
              THEN "t94"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t94"."window_start"
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
              WHEN COALESCE("t94"."is_applicable", FALSE)
              THEN "t94"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t94"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'offer_6m'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. ' || COALESCE("t94"."evidence", '')
    ELSE COALESCE("t94"."evidence", '')
  END AS "evidence"
FROM (
  SELECT
    "t93"."person_id",
    "t93"."benefit",
    "t93"."start_date",
    "t93"."end_date",
    "t93"."first_contact_date",
    "t93"."target_group",
    "t93"."first_absence_date",
    "t93"."sickness_category",
    "t93"."employed",
    "t93"."handover_date",
    "t93"."expected_absence_weeks",
    "t93"."work_obligation",
    "t93"."municipality",
    "t93"."early_followup_request_date",
    "t93"."education_order",
    "t93"."periods",
    "t93"."window_start",
    "t93"."in_force",
    "t93"."_end_unconfirmed",
    "t93"."due0",
    "t93"."exemption_start",
    "t93"."exemption_end",
    "t93"."exemption_reason",
    "t93"."due_date",
    "t93"."fulfilled_date",
    "t93"."offer_kind",
    "t93"."offer_end",
    CASE
      WHEN COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN ['loentilskud']
            ELSE CAST(NULL AS TEXT[])
          END,
          "t93"."offer_kind"
        ),
        FALSE
      )
      THEN CAST(CAST("t93"."due_date" + TO_DAYS(
        COALESCE(
          CASE
            WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN 3
            ELSE CAST(NULL AS BIGINT)
          END,
          0
        ) * 7
      ) AS TIMESTAMP) AS DATE)
      ELSE "t93"."due_date"
    END AS "on_time_until",
    "t93"."in_force"
    AND NOT (
      (
        "t93"."end_date" IS NOT NULL
      )
      AND (
        "t93"."end_date" < "t93"."due_date"
      )
      AND (
        "t93"."fulfilled_date" IS NULL
      )
    ) AS "is_applicable",
    (
      "t93"."exemption_end" IS NOT NULL
    )
    AND (
      CAST($as_of AS DATE) <= "t93"."exemption_end"
    ) AS "is_exempt",
    CASE
      WHEN "t93"."_end_unconfirmed"
      THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CASE
        WHEN "t93"."fulfilled_date" IS NOT NULL
        THEN "t93"."offer_kind" || ' ' || CAST("t93"."fulfilled_date" AS TEXT) || '–' || CAST("t93"."offer_end" AS TEXT) || CASE
          WHEN COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN ['loentilskud']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t93"."offer_kind"
            ),
            FALSE
          )
          THEN ' (løntilskud: start inden for henstand tæller)'
          ELSE ''
        END
        WHEN (
          "t93"."end_date" IS NOT NULL
        )
        AND (
          "t93"."end_date" < "t93"."due_date"
        )
        AND (
          "t93"."fulfilled_date" IS NULL
        )
        THEN 'ydelsesforløbet sluttede ' || CAST("t93"."end_date" AS TEXT) || ' før fristen'
        ELSE 'intet tilbud af mindst 2 ugers varighed'
      END
      WHEN CASE
        WHEN "t93"."exemption_end" IS NOT NULL
        THEN 'fritaget ' || CAST("t93"."exemption_start" AS TEXT) || '–' || CAST("t93"."exemption_end" AS TEXT) || ' (' || "t93"."exemption_reason" || ')'
        ELSE ''
      END = ''
      THEN CASE
        WHEN "t93"."fulfilled_date" IS NOT NULL
        THEN "t93"."offer_kind" || ' ' || CAST("t93"."fulfilled_date" AS TEXT) || '–' || CAST("t93"."offer_end" AS TEXT) || CASE
          WHEN COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN ['loentilskud']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t93"."offer_kind"
            ),
            FALSE
          )
          THEN ' (løntilskud: start inden for henstand tæller)'
          ELSE ''
        END
        WHEN (
          "t93"."end_date" IS NOT NULL
        )
        AND (
          "t93"."end_date" < "t93"."due_date"
        )
        AND (
          "t93"."fulfilled_date" IS NULL
        )
        THEN 'ydelsesforløbet sluttede ' || CAST("t93"."end_date" AS TEXT) || ' før fristen'
        ELSE 'intet tilbud af mindst 2 ugers varighed'
      END
      ELSE CASE
        WHEN "t93"."fulfilled_date" IS NOT NULL
        THEN "t93"."offer_kind" || ' ' || CAST("t93"."fulfilled_date" AS TEXT) || '–' || CAST("t93"."offer_end" AS TEXT) || CASE
          WHEN COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN ['loentilskud']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t93"."offer_kind"
            ),
            FALSE
          )
          THEN ' (løntilskud: start inden for henstand tæller)'
          ELSE ''
        END
        WHEN (
          "t93"."end_date" IS NOT NULL
        )
        AND (
          "t93"."end_date" < "t93"."due_date"
        )
        AND (
          "t93"."fulfilled_date" IS NULL
        )
        THEN 'ydelsesforløbet sluttede ' || CAST("t93"."end_date" AS TEXT) || ' før fristen'
        ELSE 'intet tilbud af mindst 2 ugers varighed'
      END || '; ' || CASE
        WHEN "t93"."exemption_end" IS NOT NULL
        THEN 'fritaget ' || CAST("t93"."exemption_start" AS TEXT) || '–' || CAST("t93"."exemption_end" AS TEXT) || ' (' || "t93"."exemption_reason" || ')'
        ELSE ''
      END
    END AS "evidence"
  FROM (
    SELECT
      "t92".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t88"."person_id",
        "t88"."benefit",
        "t88"."start_date",
        "t88"."end_date",
        "t88"."first_contact_date",
        "t88"."target_group",
        "t88"."first_absence_date",
        "t88"."sickness_category",
        "t88"."employed",
        "t88"."handover_date",
        "t88"."expected_absence_weeks",
        "t88"."work_obligation",
        "t88"."municipality",
        "t88"."early_followup_request_date",
        "t88"."education_order",
        "t88"."periods",
        "t88"."window_start",
        "t88"."in_force",
        "t88"."_end_unconfirmed",
        "t88"."due0",
        "t88"."exemption_start",
        "t88"."exemption_end",
        "t88"."exemption_reason",
        "t88"."due_date",
        "t91"."person_id" AS "person_id_right",
        "t91"."benefit" AS "benefit_right",
        "t91"."start_date" AS "start_date_right",
        "t91"."fulfilled_date",
        "t91"."offer_kind",
        "t91"."offer_end"
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
          "t83"."in_force",
          "t83"."_end_unconfirmed",
          "t83"."due0",
          "t83"."exemption_start",
          "t83"."exemption_end",
          "t83"."exemption_reason",
          CASE
            WHEN "t83"."exemption_end" IS NOT NULL
            THEN CAST(CAST("t83"."exemption_end" + TO_MONTHS(
              CASE
                WHEN "t83"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN 1
                ELSE CAST(NULL AS BIGINT)
              END
            ) AS TIMESTAMP) AS DATE)
            ELSE "t83"."due0"
          END AS "due_date"
        FROM (
          SELECT
            "t82".*
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
              "t76"."in_force",
              "t76"."_end_unconfirmed",
              "t76"."due0",
              "t81"."person_id" AS "person_id_right",
              "t81"."benefit" AS "benefit_right",
              "t81"."start_date" AS "start_date_right",
              "t81"."exemption_start",
              "t81"."exemption_end",
              "t81"."exemption_reason"
            FROM (
              SELECT
                "t74".*
                EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                  "t73"."in_force",
                  "t73"."_end_unconfirmed",
                  "t73"."_plain",
                  "t73"."_needed",
                  "t73"."_ipid",
                  "t73"."_ibenefit",
                  "t73"."_istart",
                  "t73"."_i_start",
                  "t73"."_i_end",
                  "t73"."_cum",
                  CASE
                    WHEN "t73"."_i_start" IS NOT NULL
                    THEN CAST(CAST("t73"."_i_start" + TO_DAYS(CAST("t73"."_needed" - "t73"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                    ELSE "t73"."_plain"
                  END AS "due0"
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
                    "t68"."window_start",
                    "t68"."in_force",
                    "t68"."_end_unconfirmed",
                    "t68"."_plain",
                    "t68"."_needed",
                    "t72"."_ipid",
                    "t72"."_ibenefit",
                    "t72"."_istart",
                    "t72"."_i_start",
                    "t72"."_i_end",
                    "t72"."_cum"
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
                      (
                        CASE
                          WHEN "t63"."window_start" >= MAKE_DATE(2026, 7, 1)
                          THEN CAST(NULL AS BIGINT)
                          WHEN "t63"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 6
                          ELSE CAST(NULL AS BIGINT)
                        END IS NOT NULL
                      )
                      AND COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t63"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN ['dagpenge', 'kontanthjaelp']
                            ELSE CAST(NULL AS TEXT[])
                          END,
                          "t63"."benefit"
                        ),
                        FALSE
                      )
                      AND (
                        (
                          "t63"."target_group" IS NULL
                        )
                        OR COALESCE(
                          ARRAY_CONTAINS(
                            CASE
                              WHEN "t63"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN ['jobparat', 'aktivitetsparat']
                              ELSE CAST(NULL AS TEXT[])
                            END,
                            "t63"."target_group"
                          ),
                          FALSE
                        )
                      ) AS "in_force",
                      COALESCE(
                        (
                          CASE
                            WHEN "t63"."window_start" >= MAKE_DATE(2026, 7, 1)
                            THEN CAST(NULL AS BIGINT)
                            WHEN "t63"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN 6
                            ELSE CAST(NULL AS BIGINT)
                          END IS NULL
                        )
                        AND COALESCE(
                          ARRAY_CONTAINS(
                            CASE
                              WHEN "t63"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                            "t63"."benefit"
                          )
                          OR ARRAY_CONTAINS(
                            CASE
                              WHEN "t63"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                            "t63"."benefit" || ':' || COALESCE("t63"."target_group", '')
                          ),
                          FALSE
                        ),
                        FALSE
                      ) AS "_end_unconfirmed",
                      CAST(CAST("t63"."window_start" + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t63"."window_start" >= MAKE_DATE(2026, 7, 1)
                            THEN CAST(NULL AS BIGINT)
                            WHEN "t63"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN 6
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        )
                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                      DATE_DIFF(
                        'DAY',
                        "t63"."window_start",
                        CAST(CAST("t63"."window_start" + TO_MONTHS(
                          COALESCE(
                            CASE
                              WHEN "t63"."window_start" >= MAKE_DATE(2026, 7, 1)
                              THEN CAST(NULL AS BIGINT)
                              WHEN "t63"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 6
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                      ) AS "_needed"
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
                        CASE
                          WHEN COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t62"."_key" >= MAKE_DATE(2020, 1, 1)
                                THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              "t62"."benefit"
                            ),
                            FALSE
                          )
                          THEN COALESCE("t62"."first_contact_date", "t62"."_key")
                          ELSE "t62"."_key"
                        END AS "window_start"
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
                        FROM "t59" AS "t60"
                        GROUP BY
                          1,
                          2,
                          3
                      ) AS "t62"
                      WHERE
                        "t62"."benefit" IN ('dagpenge', 'kontanthjaelp')
                    ) AS "t63"
                  ) AS "t68"
                  LEFT OUTER JOIN (
                    SELECT
                      "t70"."person_id" AS "_ipid",
                      "t70"."benefit" AS "_ibenefit",
                      "t70"."start_date" AS "_istart",
                      "t70"."i_start" AS "_i_start",
                      "t70"."i_end" AS "_i_end",
                      "t70"."cum_before" AS "_cum"
                    FROM (
                      SELECT
                        "t69"."person_id",
                        "t69"."benefit",
                        "t69"."_key" AS "start_date",
                        "t69"."i_start",
                        "t69"."i_end",
                        CAST(COALESCE(
                          SUM("t69"."_len") OVER (
                            PARTITION BY "t69"."person_id", "t69"."benefit", "t69"."_key"
                            ORDER BY "t69"."i_start" ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                          ),
                          0
                        ) AS INT) AS "cum_before"
                      FROM (
                        SELECT
                          "t66"."person_id",
                          "t66"."benefit",
                          "t66"."_key",
                          "t66"."_island",
                          "t66"."i_start",
                          "t66"."i_end",
                          CASE
                            WHEN "t66"."i_end" = MAKE_DATE(9999, 12, 31)
                            THEN 0
                            ELSE DATE_DIFF('DAY', "t66"."i_start", "t66"."i_end") + 1
                          END AS "_len"
                        FROM (
                          SELECT
                            "t65"."person_id",
                            "t65"."benefit",
                            "t65"."_key",
                            "t65"."_island",
                            MIN("t65"."start_date") AS "i_start",
                            MAX("t65"."_end") AS "i_end"
                          FROM (
                            SELECT
                              "t64"."person_id",
                              "t64"."benefit",
                              "t64"."start_date",
                              "t64"."_end",
                              "t64"."_key",
                              "t64"."_acc",
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
                              "t64"."_new",
                              SUM("t64"."_new") OVER (
                                PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                              ) AS "_island"
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
                                "t61"."education_order",
                                CASE
                                  WHEN MAX("t61"."_end") OVER (
                                    PARTITION BY "t61"."person_id", "t61"."benefit", "t61"."_key"
                                    ORDER BY "t61"."start_date" ASC, "t61"."_end" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                  ) IS NULL
                                  THEN 1
                                  WHEN "t61"."start_date" > CAST(CAST(MAX("t61"."_end") OVER (
                                    PARTITION BY "t61"."person_id", "t61"."benefit", "t61"."_key"
                                    ORDER BY "t61"."start_date" ASC, "t61"."_end" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                  THEN 1
                                  ELSE 0
                                END AS "_new"
                              FROM (
                                SELECT
                                  *
                                FROM "t59" AS "t60"
                                WHERE
                                  "t60"."_acc"
                              ) AS "t61"
                            ) AS "t64"
                          ) AS "t65"
                          GROUP BY
                            1,
                            2,
                            3,
                            4
                        ) AS "t66"
                      ) AS "t69"
                    ) AS "t70"
                  ) AS "t72"
                    ON "t68"."person_id" = "t72"."_ipid"
                    AND "t68"."benefit" = "t72"."_ibenefit"
                    AND "t68"."start_date" = "t72"."_istart"
                    AND "t72"."_cum" < "t68"."_needed"
                    AND (
                      (
                        "t72"."_i_end" = MAKE_DATE(9999, 12, 31)
                      )
                      OR (
                        (
                          "t72"."_cum" + DATE_DIFF('DAY', "t72"."_i_start", "t72"."_i_end") + 1
                        ) >= "t68"."_needed"
                      )
                    )
                ) AS "t73"
              ) AS "t74"
            ) AS "t76"
            LEFT OUTER JOIN (
              SELECT
                "t79"."person_id",
                "t79"."benefit",
                "t79"."start_date",
                FIRST("t79"."_ex_start" ORDER BY "t79"."_ex_end" DESC) AS "exemption_start",
                MAX("t79"."_ex_end") AS "exemption_end",
                FIRST("t79"."_ex_reason" ORDER BY "t79"."_ex_end" DESC) AS "exemption_reason"
              FROM (
                SELECT
                  "t78"."person_id",
                  "t78"."benefit",
                  "t78"."start_date",
                  "t78"."_day",
                  "t6"."_pid",
                  "t6"."_ex_start",
                  "t6"."_ex_end",
                  "t6"."_ex_reason"
                FROM (
                  SELECT
                    "t75"."person_id",
                    "t75"."benefit",
                    "t75"."start_date",
                    "t75"."due0" AS "_day"
                  FROM (
                    SELECT
                      "t74".*
                      EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                        "t73"."in_force",
                        "t73"."_end_unconfirmed",
                        "t73"."_plain",
                        "t73"."_needed",
                        "t73"."_ipid",
                        "t73"."_ibenefit",
                        "t73"."_istart",
                        "t73"."_i_start",
                        "t73"."_i_end",
                        "t73"."_cum",
                        CASE
                          WHEN "t73"."_i_start" IS NOT NULL
                          THEN CAST(CAST("t73"."_i_start" + TO_DAYS(CAST("t73"."_needed" - "t73"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                          ELSE "t73"."_plain"
                        END AS "due0"
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
                          "t68"."window_start",
                          "t68"."in_force",
                          "t68"."_end_unconfirmed",
                          "t68"."_plain",
                          "t68"."_needed",
                          "t72"."_ipid",
                          "t72"."_ibenefit",
                          "t72"."_istart",
                          "t72"."_i_start",
                          "t72"."_i_end",
                          "t72"."_cum"
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
                            (
                              CASE
                                WHEN "t63"."window_start" >= MAKE_DATE(2026, 7, 1)
                                THEN CAST(NULL AS BIGINT)
                                WHEN "t63"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN 6
                                ELSE CAST(NULL AS BIGINT)
                              END IS NOT NULL
                            )
                            AND COALESCE(
                              ARRAY_CONTAINS(
                                CASE
                                  WHEN "t63"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN ['dagpenge', 'kontanthjaelp']
                                  ELSE CAST(NULL AS TEXT[])
                                END,
                                "t63"."benefit"
                              ),
                              FALSE
                            )
                            AND (
                              (
                                "t63"."target_group" IS NULL
                              )
                              OR COALESCE(
                                ARRAY_CONTAINS(
                                  CASE
                                    WHEN "t63"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN ['jobparat', 'aktivitetsparat']
                                    ELSE CAST(NULL AS TEXT[])
                                  END,
                                  "t63"."target_group"
                                ),
                                FALSE
                              )
                            ) AS "in_force",
                            COALESCE(
                              (
                                CASE
                                  WHEN "t63"."window_start" >= MAKE_DATE(2026, 7, 1)
                                  THEN CAST(NULL AS BIGINT)
                                  WHEN "t63"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN 6
                                  ELSE CAST(NULL AS BIGINT)
                                END IS NULL
                              )
                              AND COALESCE(
                                ARRAY_CONTAINS(
                                  CASE
                                    WHEN "t63"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                  "t63"."benefit"
                                )
                                OR ARRAY_CONTAINS(
                                  CASE
                                    WHEN "t63"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                  "t63"."benefit" || ':' || COALESCE("t63"."target_group", '')
                                ),
                                FALSE
                              ),
                              FALSE
                            ) AS "_end_unconfirmed",
                            CAST(CAST("t63"."window_start" + TO_MONTHS(
                              COALESCE(
                                CASE
                                  WHEN "t63"."window_start" >= MAKE_DATE(2026, 7, 1)
                                  THEN CAST(NULL AS BIGINT)
                                  WHEN "t63"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN 6
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE) AS "_plain",
                            DATE_DIFF(
                              'DAY',
                              "t63"."window_start",
                              CAST(CAST("t63"."window_start" + TO_MONTHS(
                                COALESCE(
                                  CASE
                                    WHEN "t63"."window_start" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t63"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 6
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE)
                            ) AS "_needed"
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
                              CASE
                                WHEN COALESCE(
                                  ARRAY_CONTAINS(
                                    CASE
                                      WHEN "t62"."_key" >= MAKE_DATE(2020, 1, 1)
                                      THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                      ELSE CAST(NULL AS TEXT[])
                                    END,
                                    "t62"."benefit"
                                  ),
                                  FALSE
                                )
                                THEN COALESCE("t62"."first_contact_date", "t62"."_key")
                                ELSE "t62"."_key"
                              END AS "window_start"
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
                              FROM "t59" AS "t60"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t62"
                            WHERE
                              "t62"."benefit" IN ('dagpenge', 'kontanthjaelp')
                          ) AS "t63"
                        ) AS "t68"
                        LEFT OUTER JOIN (
                          SELECT
                            "t70"."person_id" AS "_ipid",
                            "t70"."benefit" AS "_ibenefit",
                            "t70"."start_date" AS "_istart",
                            "t70"."i_start" AS "_i_start",
                            "t70"."i_end" AS "_i_end",
                            "t70"."cum_before" AS "_cum"
                          FROM (
                            SELECT
                              "t69"."person_id",
                              "t69"."benefit",
                              "t69"."_key" AS "start_date",
                              "t69"."i_start",
                              "t69"."i_end",
                              CAST(COALESCE(
                                SUM("t69"."_len") OVER (
                                  PARTITION BY "t69"."person_id", "t69"."benefit", "t69"."_key"
                                  ORDER BY "t69"."i_start" ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                ),
                                0
                              ) AS INT) AS "cum_before"
                            FROM (
                              SELECT
                                "t66"."person_id",
                                "t66"."benefit",
                                "t66"."_key",
                                "t66"."_island",
                                "t66"."i_start",
                                "t66"."i_end",
                                CASE
                                  WHEN "t66"."i_end" = MAKE_DATE(9999, 12, 31)
                                  THEN 0
                                  ELSE DATE_DIFF('DAY', "t66"."i_start", "t66"."i_end") + 1
                                END AS "_len"
                              FROM (
                                SELECT
                                  "t65"."person_id",
                                  "t65"."benefit",
                                  "t65"."_key",
                                  "t65"."_island",
                                  MIN("t65"."start_date") AS "i_start",
                                  MAX("t65"."_end") AS "i_end"
                                FROM (
                                  SELECT
                                    "t64"."person_id",
                                    "t64"."benefit",
                                    "t64"."start_date",
                                    "t64"."_end",
                                    "t64"."_key",
                                    "t64"."_acc",
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
                                    "t64"."_new",
                                    SUM("t64"."_new") OVER (
                                      PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                      ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ) AS "_island"
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
                                      "t61"."education_order",
                                      CASE
                                        WHEN MAX("t61"."_end") OVER (
                                          PARTITION BY "t61"."person_id", "t61"."benefit", "t61"."_key"
                                          ORDER BY "t61"."start_date" ASC, "t61"."_end" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                        ) IS NULL
                                        THEN 1
                                        WHEN "t61"."start_date" > CAST(CAST(MAX("t61"."_end") OVER (
                                          PARTITION BY "t61"."person_id", "t61"."benefit", "t61"."_key"
                                          ORDER BY "t61"."start_date" ASC, "t61"."_end" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                        THEN 1
                                        ELSE 0
                                      END AS "_new"
                                    FROM (
                                      SELECT
                                        *
                                      FROM "t59" AS "t60"
                                      WHERE
                                        "t60"."_acc"
                                    ) AS "t61"
                                  ) AS "t64"
                                ) AS "t65"
                                GROUP BY
                                  1,
                                  2,
                                  3,
                                  4
                              ) AS "t66"
                            ) AS "t69"
                          ) AS "t70"
                        ) AS "t72"
                          ON "t68"."person_id" = "t72"."_ipid"
                          AND "t68"."benefit" = "t72"."_ibenefit"
                          AND "t68"."start_date" = "t72"."_istart"
                          AND "t72"."_cum" < "t68"."_needed"
                          AND (
                            (
                              "t72"."_i_end" = MAKE_DATE(9999, 12, 31)
                            )
                            OR (
                              (
                                "t72"."_cum" + DATE_DIFF('DAY', "t72"."_i_start", "t72"."_i_end") + 1
                              ) >= "t68"."_needed"
                            )
                          )
                      ) AS "t73"
                    ) AS "t74"
                  ) AS "t75"
                ) AS "t78"
                INNER JOIN (
                  SELECT
                    "t1"."person_id" AS "_pid",
                    "t1"."start_date" AS "_ex_start",
                    "t1"."end_date" AS "_ex_end",
                    "t1"."reason" AS "_ex_reason"
                  FROM "exemptions" AS "t1"
                  WHERE
                    "t1"."start_date" <= CAST($as_of AS DATE)
                ) AS "t6"
                  ON "t78"."person_id" = "t6"."_pid"
                  AND "t6"."_ex_start" <= "t78"."_day"
                  AND "t6"."_ex_end" >= "t78"."_day"
              ) AS "t79"
              GROUP BY
                1,
                2,
                3
            ) AS "t81"
              ON "t76"."person_id" = "t81"."person_id"
              AND "t76"."benefit" = "t81"."benefit"
              AND "t76"."start_date" = "t81"."start_date"
          ) AS "t82"
        ) AS "t83"
      ) AS "t88"
      LEFT OUTER JOIN (
        SELECT
          "t89"."person_id",
          "t89"."benefit",
          "t89"."start_date",
          MIN("t89"."_start") AS "fulfilled_date",
          FIRST("t89"."_kind" ORDER BY "t89"."_start") AS "offer_kind",
          FIRST("t89"."_end" ORDER BY "t89"."_start") AS "offer_end"
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t85"."person_id",
              "t85"."benefit",
              "t85"."start_date",
              "t85"."_ws",
              "t85"."_last",
              "t5"."_pid",
              "t5"."_kind",
              "t5"."_start",
              "t5"."_end"
            FROM (
              SELECT
                "t83"."person_id",
                "t83"."benefit",
                "t83"."start_date",
                "t83"."window_start" AS "_ws",
                COALESCE("t83"."end_date", CAST($as_of AS DATE)) AS "_last"
              FROM (
                SELECT
                  "t82".*
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
                    "t76"."in_force",
                    "t76"."_end_unconfirmed",
                    "t76"."due0",
                    "t81"."person_id" AS "person_id_right",
                    "t81"."benefit" AS "benefit_right",
                    "t81"."start_date" AS "start_date_right",
                    "t81"."exemption_start",
                    "t81"."exemption_end",
                    "t81"."exemption_reason"
                  FROM (
                    SELECT
                      "t74".*
                      EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                        "t73"."in_force",
                        "t73"."_end_unconfirmed",
                        "t73"."_plain",
                        "t73"."_needed",
                        "t73"."_ipid",
                        "t73"."_ibenefit",
                        "t73"."_istart",
                        "t73"."_i_start",
                        "t73"."_i_end",
                        "t73"."_cum",
                        CASE
                          WHEN "t73"."_i_start" IS NOT NULL
                          THEN CAST(CAST("t73"."_i_start" + TO_DAYS(CAST("t73"."_needed" - "t73"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                          ELSE "t73"."_plain"
                        END AS "due0"
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
                          "t68"."window_start",
                          "t68"."in_force",
                          "t68"."_end_unconfirmed",
                          "t68"."_plain",
                          "t68"."_needed",
                          "t72"."_ipid",
                          "t72"."_ibenefit",
                          "t72"."_istart",
                          "t72"."_i_start",
                          "t72"."_i_end",
                          "t72"."_cum"
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
                            (
                              CASE
                                WHEN "t63"."window_start" >= MAKE_DATE(2026, 7, 1)
                                THEN CAST(NULL AS BIGINT)
                                WHEN "t63"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN 6
                                ELSE CAST(NULL AS BIGINT)
                              END IS NOT NULL
                            )
                            AND COALESCE(
                              ARRAY_CONTAINS(
                                CASE
                                  WHEN "t63"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN ['dagpenge', 'kontanthjaelp']
                                  ELSE CAST(NULL AS TEXT[])
                                END,
                                "t63"."benefit"
                              ),
                              FALSE
                            )
                            AND (
                              (
                                "t63"."target_group" IS NULL
                              )
                              OR COALESCE(
                                ARRAY_CONTAINS(
                                  CASE
                                    WHEN "t63"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN ['jobparat', 'aktivitetsparat']
                                    ELSE CAST(NULL AS TEXT[])
                                  END,
                                  "t63"."target_group"
                                ),
                                FALSE
                              )
                            ) AS "in_force",
                            COALESCE(
                              (
                                CASE
                                  WHEN "t63"."window_start" >= MAKE_DATE(2026, 7, 1)
                                  THEN CAST(NULL AS BIGINT)
                                  WHEN "t63"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN 6
                                  ELSE CAST(NULL AS BIGINT)
                                END IS NULL
                              )
                              AND COALESCE(
                                ARRAY_CONTAINS(
                                  CASE
                                    WHEN "t63"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                  "t63"."benefit"
                                )
                                OR ARRAY_CONTAINS(
                                  CASE
                                    WHEN "t63"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                  "t63"."benefit" || ':' || COALESCE("t63"."target_group", '')
                                ),
                                FALSE
                              ),
                              FALSE
                            ) AS "_end_unconfirmed",
                            CAST(CAST("t63"."window_start" + TO_MONTHS(
                              COALESCE(
                                CASE
                                  WHEN "t63"."window_start" >= MAKE_DATE(2026, 7, 1)
                                  THEN CAST(NULL AS BIGINT)
                                  WHEN "t63"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN 6
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE) AS "_plain",
                            DATE_DIFF(
                              'DAY',
                              "t63"."window_start",
                              CAST(CAST("t63"."window_start" + TO_MONTHS(
                                COALESCE(
                                  CASE
                                    WHEN "t63"."window_start" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t63"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 6
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE)
                            ) AS "_needed"
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
                              CASE
                                WHEN COALESCE(
                                  ARRAY_CONTAINS(
                                    CASE
                                      WHEN "t62"."_key" >= MAKE_DATE(2020, 1, 1)
                                      THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                      ELSE CAST(NULL AS TEXT[])
                                    END,
                                    "t62"."benefit"
                                  ),
                                  FALSE
                                )
                                THEN COALESCE("t62"."first_contact_date", "t62"."_key")
                                ELSE "t62"."_key"
                              END AS "window_start"
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
                              FROM "t59" AS "t60"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t62"
                            WHERE
                              "t62"."benefit" IN ('dagpenge', 'kontanthjaelp')
                          ) AS "t63"
                        ) AS "t68"
                        LEFT OUTER JOIN (
                          SELECT
                            "t70"."person_id" AS "_ipid",
                            "t70"."benefit" AS "_ibenefit",
                            "t70"."start_date" AS "_istart",
                            "t70"."i_start" AS "_i_start",
                            "t70"."i_end" AS "_i_end",
                            "t70"."cum_before" AS "_cum"
                          FROM (
                            SELECT
                              "t69"."person_id",
                              "t69"."benefit",
                              "t69"."_key" AS "start_date",
                              "t69"."i_start",
                              "t69"."i_end",
                              CAST(COALESCE(
                                SUM("t69"."_len") OVER (
                                  PARTITION BY "t69"."person_id", "t69"."benefit", "t69"."_key"
                                  ORDER BY "t69"."i_start" ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                ),
                                0
                              ) AS INT) AS "cum_before"
                            FROM (
                              SELECT
                                "t66"."person_id",
                                "t66"."benefit",
                                "t66"."_key",
                                "t66"."_island",
                                "t66"."i_start",
                                "t66"."i_end",
                                CASE
                                  WHEN "t66"."i_end" = MAKE_DATE(9999, 12, 31)
                                  THEN 0
                                  ELSE DATE_DIFF('DAY', "t66"."i_start", "t66"."i_end") + 1
                                END AS "_len"
                              FROM (
                                SELECT
                                  "t65"."person_id",
                                  "t65"."benefit",
                                  "t65"."_key",
                                  "t65"."_island",
                                  MIN("t65"."start_date") AS "i_start",
                                  MAX("t65"."_end") AS "i_end"
                                FROM (
                                  SELECT
                                    "t64"."person_id",
                                    "t64"."benefit",
                                    "t64"."start_date",
                                    "t64"."_end",
                                    "t64"."_key",
                                    "t64"."_acc",
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
                                    "t64"."_new",
                                    SUM("t64"."_new") OVER (
                                      PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                      ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ) AS "_island"
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
                                      "t61"."education_order",
                                      CASE
                                        WHEN MAX("t61"."_end") OVER (
                                          PARTITION BY "t61"."person_id", "t61"."benefit", "t61"."_key"
                                          ORDER BY "t61"."start_date" ASC, "t61"."_end" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                        ) IS NULL
                                        THEN 1
                                        WHEN "t61"."start_date" > CAST(CAST(MAX("t61"."_end") OVER (
                                          PARTITION BY "t61"."person_id", "t61"."benefit", "t61"."_key"
                                          ORDER BY "t61"."start_date" ASC, "t61"."_end" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                        THEN 1
                                        ELSE 0
                                      END AS "_new"
                                    FROM (
                                      SELECT
                                        *
                                      FROM "t59" AS "t60"
                                      WHERE
                                        "t60"."_acc"
                                    ) AS "t61"
                                  ) AS "t64"
                                ) AS "t65"
                                GROUP BY
                                  1,
                                  2,
                                  3,
                                  4
                              ) AS "t66"
                            ) AS "t69"
                          ) AS "t70"
                        ) AS "t72"
                          ON "t68"."person_id" = "t72"."_ipid"
                          AND "t68"."benefit" = "t72"."_ibenefit"
                          AND "t68"."start_date" = "t72"."_istart"
                          AND "t72"."_cum" < "t68"."_needed"
                          AND (
                            (
                              "t72"."_i_end" = MAKE_DATE(9999, 12, 31)
                            )
                            OR (
                              (
                                "t72"."_cum" + DATE_DIFF('DAY', "t72"."_i_start", "t72"."_i_end") + 1
                              ) >= "t68"."_needed"
                            )
                          )
                      ) AS "t73"
                    ) AS "t74"
                  ) AS "t76"
                  LEFT OUTER JOIN (
                    SELECT
                      "t79"."person_id",
                      "t79"."benefit",
                      "t79"."start_date",
                      FIRST("t79"."_ex_start" ORDER BY "t79"."_ex_end" DESC) AS "exemption_start",
                      MAX("t79"."_ex_end") AS "exemption_end",
                      FIRST("t79"."_ex_reason" ORDER BY "t79"."_ex_end" DESC) AS "exemption_reason"
                    FROM (
                      SELECT
                        "t78"."person_id",
                        "t78"."benefit",
                        "t78"."start_date",
                        "t78"."_day",
                        "t6"."_pid",
                        "t6"."_ex_start",
                        "t6"."_ex_end",
                        "t6"."_ex_reason"
                      FROM (
                        SELECT
                          "t75"."person_id",
                          "t75"."benefit",
                          "t75"."start_date",
                          "t75"."due0" AS "_day"
                        FROM (
                          SELECT
                            "t74".*
                            EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                              "t73"."in_force",
                              "t73"."_end_unconfirmed",
                              "t73"."_plain",
                              "t73"."_needed",
                              "t73"."_ipid",
                              "t73"."_ibenefit",
                              "t73"."_istart",
                              "t73"."_i_start",
                              "t73"."_i_end",
                              "t73"."_cum",
                              CASE
                                WHEN "t73"."_i_start" IS NOT NULL
                                THEN CAST(CAST("t73"."_i_start" + TO_DAYS(CAST("t73"."_needed" - "t73"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                ELSE "t73"."_plain"
                              END AS "due0"
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
                                "t68"."window_start",
                                "t68"."in_force",
                                "t68"."_end_unconfirmed",
                                "t68"."_plain",
                                "t68"."_needed",
                                "t72"."_ipid",
                                "t72"."_ibenefit",
                                "t72"."_istart",
                                "t72"."_i_start",
                                "t72"."_i_end",
                                "t72"."_cum"
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
                                  (
                                    CASE
                                      WHEN "t63"."window_start" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t63"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 6
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NOT NULL
                                  )
                                  AND COALESCE(
                                    ARRAY_CONTAINS(
                                      CASE
                                        WHEN "t63"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN ['dagpenge', 'kontanthjaelp']
                                        ELSE CAST(NULL AS TEXT[])
                                      END,
                                      "t63"."benefit"
                                    ),
                                    FALSE
                                  )
                                  AND (
                                    (
                                      "t63"."target_group" IS NULL
                                    )
                                    OR COALESCE(
                                      ARRAY_CONTAINS(
                                        CASE
                                          WHEN "t63"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN ['jobparat', 'aktivitetsparat']
                                          ELSE CAST(NULL AS TEXT[])
                                        END,
                                        "t63"."target_group"
                                      ),
                                      FALSE
                                    )
                                  ) AS "in_force",
                                  COALESCE(
                                    (
                                      CASE
                                        WHEN "t63"."window_start" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t63"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN 6
                                        ELSE CAST(NULL AS BIGINT)
                                      END IS NULL
                                    )
                                    AND COALESCE(
                                      ARRAY_CONTAINS(
                                        CASE
                                          WHEN "t63"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                        "t63"."benefit"
                                      )
                                      OR ARRAY_CONTAINS(
                                        CASE
                                          WHEN "t63"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                        "t63"."benefit" || ':' || COALESCE("t63"."target_group", '')
                                      ),
                                      FALSE
                                    ),
                                    FALSE
                                  ) AS "_end_unconfirmed",
                                  CAST(CAST("t63"."window_start" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t63"."window_start" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t63"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN 6
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE) AS "_plain",
                                  DATE_DIFF(
                                    'DAY',
                                    "t63"."window_start",
                                    CAST(CAST("t63"."window_start" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t63"."window_start" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t63"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 6
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE)
                                  ) AS "_needed"
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
                                    CASE
                                      WHEN COALESCE(
                                        ARRAY_CONTAINS(
                                          CASE
                                            WHEN "t62"."_key" >= MAKE_DATE(2020, 1, 1)
                                            THEN ['kontanthjaelp', 'uddannelseshjaelp']
                                            ELSE CAST(NULL AS TEXT[])
                                          END,
                                          "t62"."benefit"
                                        ),
                                        FALSE
                                      )
                                      THEN COALESCE("t62"."first_contact_date", "t62"."_key")
                                      ELSE "t62"."_key"
                                    END AS "window_start"
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
                                    FROM "t59" AS "t60"
                                    GROUP BY
                                      1,
                                      2,
                                      3
                                  ) AS "t62"
                                  WHERE
                                    "t62"."benefit" IN ('dagpenge', 'kontanthjaelp')
                                ) AS "t63"
                              ) AS "t68"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t70"."person_id" AS "_ipid",
                                  "t70"."benefit" AS "_ibenefit",
                                  "t70"."start_date" AS "_istart",
                                  "t70"."i_start" AS "_i_start",
                                  "t70"."i_end" AS "_i_end",
                                  "t70"."cum_before" AS "_cum"
                                FROM (
                                  SELECT
                                    "t69"."person_id",
                                    "t69"."benefit",
                                    "t69"."_key" AS "start_date",
                                    "t69"."i_start",
                                    "t69"."i_end",
                                    CAST(COALESCE(
                                      SUM("t69"."_len") OVER (
                                        PARTITION BY "t69"."person_id", "t69"."benefit", "t69"."_key"
                                        ORDER BY "t69"."i_start" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ),
                                      0
                                    ) AS INT) AS "cum_before"
                                  FROM (
                                    SELECT
                                      "t66"."person_id",
                                      "t66"."benefit",
                                      "t66"."_key",
                                      "t66"."_island",
                                      "t66"."i_start",
                                      "t66"."i_end",
                                      CASE
                                        WHEN "t66"."i_end" = MAKE_DATE(9999, 12, 31)
                                        THEN 0
                                        ELSE DATE_DIFF('DAY', "t66"."i_start", "t66"."i_end") + 1
                                      END AS "_len"
                                    FROM (
                                      SELECT
                                        "t65"."person_id",
                                        "t65"."benefit",
                                        "t65"."_key",
                                        "t65"."_island",
                                        MIN("t65"."start_date") AS "i_start",
                                        MAX("t65"."_end") AS "i_end"
                                      FROM (
                                        SELECT
                                          "t64"."person_id",
                                          "t64"."benefit",
                                          "t64"."start_date",
                                          "t64"."_end",
                                          "t64"."_key",
                                          "t64"."_acc",
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
                                          "t64"."_new",
                                          SUM("t64"."_new") OVER (
                                            PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                            ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                          ) AS "_island"
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
                                            "t61"."education_order",
                                            CASE
                                              WHEN MAX("t61"."_end") OVER (
                                                PARTITION BY "t61"."person_id", "t61"."benefit", "t61"."_key"
                                                ORDER BY "t61"."start_date" ASC, "t61"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) IS NULL
                                              THEN 1
                                              WHEN "t61"."start_date" > CAST(CAST(MAX("t61"."_end") OVER (
                                                PARTITION BY "t61"."person_id", "t61"."benefit", "t61"."_key"
                                                ORDER BY "t61"."start_date" ASC, "t61"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                              THEN 1
                                              ELSE 0
                                            END AS "_new"
                                          FROM (
                                            SELECT
                                              *
                                            FROM "t59" AS "t60"
                                            WHERE
                                              "t60"."_acc"
                                          ) AS "t61"
                                        ) AS "t64"
                                      ) AS "t65"
                                      GROUP BY
                                        1,
                                        2,
                                        3,
                                        4
                                    ) AS "t66"
                                  ) AS "t69"
                                ) AS "t70"
                              ) AS "t72"
                                ON "t68"."person_id" = "t72"."_ipid"
                                AND "t68"."benefit" = "t72"."_ibenefit"
                                AND "t68"."start_date" = "t72"."_istart"
                                AND "t72"."_cum" < "t68"."_needed"
                                AND (
                                  (
                                    "t72"."_i_end" = MAKE_DATE(9999, 12, 31)
                                  )
                                  OR (
                                    (
                                      "t72"."_cum" + DATE_DIFF('DAY', "t72"."_i_start", "t72"."_i_end") + 1
                                    ) >= "t68"."_needed"
                                  )
                                )
                            ) AS "t73"
                          ) AS "t74"
                        ) AS "t75"
                      ) AS "t78"
                      INNER JOIN (
                        SELECT
                          "t1"."person_id" AS "_pid",
                          "t1"."start_date" AS "_ex_start",
                          "t1"."end_date" AS "_ex_end",
                          "t1"."reason" AS "_ex_reason"
                        FROM "exemptions" AS "t1"
                        WHERE
                          "t1"."start_date" <= CAST($as_of AS DATE)
                      ) AS "t6"
                        ON "t78"."person_id" = "t6"."_pid"
                        AND "t6"."_ex_start" <= "t78"."_day"
                        AND "t6"."_ex_end" >= "t78"."_day"
                    ) AS "t79"
                    GROUP BY
                      1,
                      2,
                      3
                  ) AS "t81"
                    ON "t76"."person_id" = "t81"."person_id"
                    AND "t76"."benefit" = "t81"."benefit"
                    AND "t76"."start_date" = "t81"."start_date"
                ) AS "t82"
              ) AS "t83"
            ) AS "t85"
            INNER JOIN (
              SELECT
                "t0"."person_id" AS "_pid",
                "t0"."kind" AS "_kind",
                "t0"."start_date" AS "_start",
                "t0"."end_date" AS "_end"
              FROM "offers" AS "t0"
              WHERE
                "t0"."start_date" <= CAST($as_of AS DATE)
            ) AS "t5"
              ON "t85"."person_id" = "t5"."_pid"
              AND "t5"."_start" >= "t85"."_ws"
              AND "t5"."_start" <= "t85"."_last"
          ) AS "t86"
          WHERE
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t86"."_ws" >= MAKE_DATE(2020, 1, 1)
                  THEN [
                    'virksomhedspraktik',
                    'loentilskud',
                    'vejledning_opkvalificering',
                    'nytteindsats'
                  ]
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t86"."_kind"
              ),
              FALSE
            )
            AND (
              DATE_DIFF('DAY', "t86"."_start", "t86"."_end") + 1
            ) >= (
              CASE WHEN "t86"."_ws" >= MAKE_DATE(2020, 1, 1) THEN 2 ELSE CAST(NULL AS BIGINT) END * 7
            )
        ) AS "t89"
        GROUP BY
          1,
          2,
          3
      ) AS "t91"
        ON "t88"."person_id" = "t91"."person_id"
        AND "t88"."benefit" = "t91"."benefit"
        AND "t88"."start_date" = "t91"."start_date"
    ) AS "t92"
  ) AS "t93"
) AS "t94"
