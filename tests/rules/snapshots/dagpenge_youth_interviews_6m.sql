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
), "t61" AS (
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
)
SELECT
  "t111"."person_id",
  "t111"."benefit",
  'interviews_6m' AS "kind",
  'dagpenge_youth_interviews_6m' AS "rule_id",
  '1.0.0' AS "rule_version",
  CASE
    WHEN "t111"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025; STAR, generelle spørgsmål og svar om reformen (75 %-krav)'
    WHEN "t111"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31, stk. 1, 3. pkt. (LBK nr. 280 af 1.3.2024; lov nr. 727 af 13.6.2023)'
    WHEN "t111"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 31 (LBK nr. 701 af 2022) – alle dagpengemodtagere i jobcentrets kontaktforløb'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t111"."window_start",
  CASE
    WHEN COALESCE("t111"."is_applicable", FALSE)
    THEN "t111"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t111"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t111"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t111"."fulfilled_date" <= "t111"."due_date"
    )
    THEN 'met'
    WHEN "t111"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t111"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t111"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t111"."is_applicable", FALSE)
    THEN "t111"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t111"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t111"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t111"."fulfilled_date" > "t111"."due_date"
    )
    THEN DATE_DIFF('DAY', "t111"."due_date", "t111"."fulfilled_date")
    WHEN NOT (
      "t111"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t111"."is_exempt", FALSE)
    )
    AND (
      "t111"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t111"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t111"."is_applicable", FALSE)
              THEN "t111"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t111"."window_start"
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
              WHEN COALESCE("t111"."is_applicable", FALSE)
              THEN "t111"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t111"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'dagpenge_youth_interviews_6m'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. ' || COALESCE("t111"."evidence", '')
    ELSE COALESCE("t111"."evidence", '')
  END AS "evidence"
FROM (
  SELECT
    "t110"."person_id",
    "t110"."benefit",
    "t110"."start_date",
    "t110"."end_date",
    "t110"."first_contact_date",
    "t110"."target_group",
    "t110"."first_absence_date",
    "t110"."sickness_category",
    "t110"."employed",
    "t110"."handover_date",
    "t110"."expected_absence_weeks",
    "t110"."work_obligation",
    "t110"."municipality",
    "t110"."early_followup_request_date",
    "t110"."education_order",
    "t110"."periods",
    "t110"."window_start",
    "t110"."required",
    "t110"."required_joint",
    "t110"."in_force",
    "t110"."_end_unconfirmed",
    "t110"."due0",
    "t110"."exempt_days",
    "t110"."exempt_now",
    "t110"."exemption_note",
    "t110"."due_date",
    "t110"."nth_date",
    "t110"."counted",
    "t110"."in_window",
    "t110"."listed",
    "t110"."nth_date" AS "fulfilled_date",
    "t110"."in_force"
    AND NOT (
      (
        "t110"."end_date" IS NOT NULL
      )
      AND (
        "t110"."end_date" < "t110"."due_date"
      )
      AND (
        "t110"."nth_date" IS NULL
      )
    ) AS "is_applicable",
    "t110"."exempt_now" AS "is_exempt",
    CASE
      WHEN "t110"."exemption_note" = ''
      THEN CASE
        WHEN (
          "t110"."end_date" IS NOT NULL
        )
        AND (
          "t110"."end_date" < "t110"."due_date"
        )
        AND (
          "t110"."nth_date" IS NULL
        )
        THEN CAST(COALESCE("t110"."in_window", 0) AS TEXT) || ' af ' || CAST("t110"."required" AS TEXT) || ' samtaler inden fristen' || '' || CASE WHEN "t110"."listed" IS NOT NULL THEN ': ' || "t110"."listed" ELSE '' END || '; ydelsesforløbet sluttede ' || CAST("t110"."end_date" AS TEXT)
        WHEN "t110"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t110"."in_window", 0) AS TEXT) || ' af ' || CAST("t110"."required" AS TEXT) || ' samtaler inden fristen' || '' || CASE WHEN "t110"."listed" IS NOT NULL THEN ': ' || "t110"."listed" ELSE '' END
        ELSE CAST(COALESCE("t110"."in_window", 0) AS TEXT) || ' af ' || CAST("t110"."required" AS TEXT) || ' samtaler inden fristen' || '' || CASE WHEN "t110"."listed" IS NOT NULL THEN ': ' || "t110"."listed" ELSE '' END
      END
      ELSE CASE
        WHEN (
          "t110"."end_date" IS NOT NULL
        )
        AND (
          "t110"."end_date" < "t110"."due_date"
        )
        AND (
          "t110"."nth_date" IS NULL
        )
        THEN CAST(COALESCE("t110"."in_window", 0) AS TEXT) || ' af ' || CAST("t110"."required" AS TEXT) || ' samtaler inden fristen' || '' || CASE WHEN "t110"."listed" IS NOT NULL THEN ': ' || "t110"."listed" ELSE '' END || '; ydelsesforløbet sluttede ' || CAST("t110"."end_date" AS TEXT)
        WHEN "t110"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t110"."in_window", 0) AS TEXT) || ' af ' || CAST("t110"."required" AS TEXT) || ' samtaler inden fristen' || '' || CASE WHEN "t110"."listed" IS NOT NULL THEN ': ' || "t110"."listed" ELSE '' END
        ELSE CAST(COALESCE("t110"."in_window", 0) AS TEXT) || ' af ' || CAST("t110"."required" AS TEXT) || ' samtaler inden fristen' || '' || CASE WHEN "t110"."listed" IS NOT NULL THEN ': ' || "t110"."listed" ELSE '' END
      END || '; ' || "t110"."exemption_note"
    END AS "evidence"
  FROM (
    SELECT
      "t109".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t98"."person_id",
        "t98"."benefit",
        "t98"."start_date",
        "t98"."end_date",
        "t98"."first_contact_date",
        "t98"."target_group",
        "t98"."first_absence_date",
        "t98"."sickness_category",
        "t98"."employed",
        "t98"."handover_date",
        "t98"."expected_absence_weeks",
        "t98"."work_obligation",
        "t98"."municipality",
        "t98"."early_followup_request_date",
        "t98"."education_order",
        "t98"."periods",
        "t98"."window_start",
        "t98"."required",
        "t98"."required_joint",
        "t98"."in_force",
        "t98"."_end_unconfirmed",
        "t98"."due0",
        "t98"."exempt_days",
        "t98"."exempt_now",
        "t98"."exemption_note",
        "t98"."due_date",
        "t108"."person_id" AS "person_id_right",
        "t108"."benefit" AS "benefit_right",
        "t108"."start_date" AS "start_date_right",
        "t108"."nth_date",
        "t108"."counted",
        "t108"."in_window",
        "t108"."listed"
      FROM (
        SELECT
          "t92"."person_id",
          "t92"."benefit",
          "t92"."start_date",
          "t92"."end_date",
          "t92"."first_contact_date",
          "t92"."target_group",
          "t92"."first_absence_date",
          "t92"."sickness_category",
          "t92"."employed",
          "t92"."handover_date",
          "t92"."expected_absence_weeks",
          "t92"."work_obligation",
          "t92"."municipality",
          "t92"."early_followup_request_date",
          "t92"."education_order",
          "t92"."periods",
          "t92"."window_start",
          "t92"."required",
          "t92"."required_joint",
          "t92"."in_force",
          "t92"."_end_unconfirmed",
          "t92"."due0",
          COALESCE("t92"."exempt_days", 0) AS "exempt_days",
          COALESCE("t92"."exempt_now", FALSE) AS "exempt_now",
          COALESCE("t92"."exemption_note", '') AS "exemption_note",
          CAST(CAST("t92"."due0" + TO_DAYS(
            CASE
              WHEN COALESCE(
                CASE
                  WHEN "t92"."window_start" >= MAKE_DATE(2020, 1, 1)
                  THEN TRUE
                  ELSE CAST(NULL AS BOOLEAN)
                END,
                FALSE
              )
              THEN COALESCE("t92"."exempt_days", 0)
              ELSE 0
            END
          ) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM (
          SELECT
            "t91".*
            EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
          FROM (
            SELECT
              "t85"."person_id",
              "t85"."benefit",
              "t85"."start_date",
              "t85"."end_date",
              "t85"."first_contact_date",
              "t85"."target_group",
              "t85"."first_absence_date",
              "t85"."sickness_category",
              "t85"."employed",
              "t85"."handover_date",
              "t85"."expected_absence_weeks",
              "t85"."work_obligation",
              "t85"."municipality",
              "t85"."early_followup_request_date",
              "t85"."education_order",
              "t85"."periods",
              "t85"."window_start",
              "t85"."required",
              "t85"."required_joint",
              "t85"."in_force",
              "t85"."_end_unconfirmed",
              "t85"."due0",
              "t90"."person_id" AS "person_id_right",
              "t90"."benefit" AS "benefit_right",
              "t90"."start_date" AS "start_date_right",
              "t90"."exempt_days",
              "t90"."exempt_now",
              "t90"."exemption_note"
            FROM (
              SELECT
                "t83".*
                EXCLUDE ("_point")
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
                  "t82"."_point",
                  CAST(CAST("t82"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                FROM (
                  SELECT
                    "t81".*
                    EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                      "t80"."required",
                      "t80"."required_joint",
                      "t80"."in_force",
                      "t80"."_end_unconfirmed",
                      "t80"."_plain",
                      "t80"."_needed",
                      "t80"."_ipid",
                      "t80"."_ibenefit",
                      "t80"."_istart",
                      "t80"."_i_start",
                      "t80"."_i_end",
                      "t80"."_cum",
                      CASE
                        WHEN "t80"."_i_start" IS NOT NULL
                        THEN CAST(CAST("t80"."_i_start" + TO_DAYS(CAST("t80"."_needed" - "t80"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                        ELSE "t80"."_plain"
                      END AS "_point"
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
                        "t79"."required",
                        "t79"."required_joint",
                        "t79"."in_force",
                        "t79"."_end_unconfirmed",
                        "t79"."_plain",
                        "t79"."_needed",
                        "t77"."_ipid",
                        "t77"."_ibenefit",
                        "t77"."_istart",
                        "t77"."_i_start",
                        "t77"."_i_end",
                        "t77"."_cum"
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
                          "t74"."start_date" AS "window_start",
                          COALESCE(
                            CASE
                              WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
                              THEN CAST(NULL AS BIGINT)
                              WHEN "t74"."start_date" >= MAKE_DATE(2024, 1, 1)
                              THEN 6
                              WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                              THEN CAST(NULL AS BIGINT)
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          ) + COALESCE(0, 0) AS "required",
                          CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                          (
                            CASE
                              WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
                              THEN CAST(NULL AS BIGINT)
                              WHEN "t74"."start_date" >= MAKE_DATE(2024, 1, 1)
                              THEN 6
                              WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                              THEN CAST(NULL AS BIGINT)
                              ELSE CAST(NULL AS BIGINT)
                            END IS NOT NULL
                          )
                          AND (
                            CASE
                              WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                              THEN 6
                              ELSE CAST(NULL AS BIGINT)
                            END IS NOT NULL
                          ) AS "in_force",
                          COALESCE(
                            (
                              CASE
                                WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
                                THEN CAST(NULL AS BIGINT)
                                WHEN "t74"."start_date" >= MAKE_DATE(2024, 1, 1)
                                THEN 6
                                WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                THEN CAST(NULL AS BIGINT)
                                ELSE CAST(NULL AS BIGINT)
                              END IS NULL
                            )
                            AND COALESCE(
                              ARRAY_CONTAINS(
                                CASE
                                  WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                "t74"."benefit"
                              )
                              OR ARRAY_CONTAINS(
                                CASE
                                  WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                "t74"."benefit" || ':' || COALESCE("t74"."target_group", '')
                              ),
                              FALSE
                            ),
                            FALSE
                          ) AS "_end_unconfirmed",
                          CAST(CAST("t74"."start_date" + TO_MONTHS(
                            COALESCE(
                              CASE
                                WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                THEN 6
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            )
                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                          DATE_DIFF(
                            'DAY',
                            "t74"."start_date",
                            CAST(CAST("t74"."start_date" + TO_MONTHS(
                              COALESCE(
                                CASE
                                  WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                  THEN 6
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE)
                          ) AS "_needed"
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
                            "t66"."periods"
                          FROM (
                            SELECT
                              "t64"."person_id",
                              "t64"."benefit",
                              "t64"."_key" AS "start_date",
                              CASE
                                WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                THEN CAST(NULL AS DATE)
                                ELSE "t64"."_end"
                              END AS "end_date",
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
                              "t64"."periods"
                            FROM (
                              SELECT
                                "t62"."person_id",
                                "t62"."benefit",
                                "t62"."_key",
                                MAX("t62"."_end") AS "_end",
                                COUNT(*) AS "periods",
                                FIRST("t62"."first_contact_date" ORDER BY "t62"."start_date") AS "first_contact_date",
                                FIRST("t62"."target_group" ORDER BY "t62"."start_date") AS "target_group",
                                FIRST("t62"."first_absence_date" ORDER BY "t62"."start_date") AS "first_absence_date",
                                FIRST("t62"."sickness_category" ORDER BY "t62"."start_date") AS "sickness_category",
                                FIRST("t62"."employed" ORDER BY "t62"."start_date") AS "employed",
                                FIRST("t62"."handover_date" ORDER BY "t62"."start_date") AS "handover_date",
                                FIRST("t62"."expected_absence_weeks" ORDER BY "t62"."start_date") AS "expected_absence_weeks",
                                FIRST("t62"."work_obligation" ORDER BY "t62"."start_date") AS "work_obligation",
                                FIRST("t62"."municipality" ORDER BY "t62"."start_date") AS "municipality",
                                MIN("t62"."early_followup_request_date") AS "early_followup_request_date",
                                BOOL_OR(CAST(COALESCE("t62"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                              FROM "t61" AS "t62"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t64"
                            WHERE
                              "t64"."benefit" IN ('dagpenge')
                          ) AS "t66"
                          SEMI JOIN (
                            SELECT
                              "t68"."person_id" AS "_k_person_id",
                              "t68"."benefit" AS "_k_benefit",
                              "t68"."start_date" AS "_k_start_date"
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
                                "t66"."periods"
                              FROM (
                                SELECT
                                  "t64"."person_id",
                                  "t64"."benefit",
                                  "t64"."_key" AS "start_date",
                                  CASE
                                    WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                    THEN CAST(NULL AS DATE)
                                    ELSE "t64"."_end"
                                  END AS "end_date",
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
                                  "t64"."periods"
                                FROM (
                                  SELECT
                                    "t62"."person_id",
                                    "t62"."benefit",
                                    "t62"."_key",
                                    MAX("t62"."_end") AS "_end",
                                    COUNT(*) AS "periods",
                                    FIRST("t62"."first_contact_date" ORDER BY "t62"."start_date") AS "first_contact_date",
                                    FIRST("t62"."target_group" ORDER BY "t62"."start_date") AS "target_group",
                                    FIRST("t62"."first_absence_date" ORDER BY "t62"."start_date") AS "first_absence_date",
                                    FIRST("t62"."sickness_category" ORDER BY "t62"."start_date") AS "sickness_category",
                                    FIRST("t62"."employed" ORDER BY "t62"."start_date") AS "employed",
                                    FIRST("t62"."handover_date" ORDER BY "t62"."start_date") AS "handover_date",
                                    FIRST("t62"."expected_absence_weeks" ORDER BY "t62"."start_date") AS "expected_absence_weeks",
                                    FIRST("t62"."work_obligation" ORDER BY "t62"."start_date") AS "work_obligation",
                                    FIRST("t62"."municipality" ORDER BY "t62"."start_date") AS "municipality",
                                    MIN("t62"."early_followup_request_date") AS "early_followup_request_date",
                                    BOOL_OR(CAST(COALESCE("t62"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                  FROM "t61" AS "t62"
                                  GROUP BY
                                    1,
                                    2,
                                    3
                                ) AS "t64"
                                WHERE
                                  "t64"."benefit" IN ('dagpenge')
                              ) AS "t66"
                              SEMI JOIN (
                                SELECT
                                  "t2"."person_id" AS "_mpid",
                                  "t2"."start_date" AS "_mstart"
                                FROM "benefit_periods" AS "t2"
                                WHERE
                                  "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                              ) AS "t8"
                                ON "t66"."person_id" = "t8"."_mpid"
                                AND "t8"."_mstart" >= "t66"."start_date"
                                AND (
                                  (
                                    "t66"."end_date" IS NULL
                                  ) OR (
                                    "t8"."_mstart" <= "t66"."end_date"
                                  )
                                )
                            ) AS "t68"
                            WHERE
                              CASE
                                WHEN "t68"."start_date" >= MAKE_DATE(2026, 7, 1)
                                THEN CAST(NULL AS BIGINT)
                                WHEN "t68"."start_date" >= MAKE_DATE(2024, 1, 1)
                                THEN 6
                                WHEN "t68"."start_date" >= MAKE_DATE(2020, 1, 1)
                                THEN CAST(NULL AS BIGINT)
                                ELSE CAST(NULL AS BIGINT)
                              END IS NOT NULL
                          ) AS "t72"
                            ON "t66"."person_id" = "t72"."_k_person_id"
                            AND "t66"."benefit" = "t72"."_k_benefit"
                            AND "t66"."start_date" = "t72"."_k_start_date"
                        ) AS "t74"
                      ) AS "t79"
                      LEFT OUTER JOIN (
                        SELECT
                          "t75"."person_id" AS "_ipid",
                          "t75"."benefit" AS "_ibenefit",
                          "t75"."start_date" AS "_istart",
                          "t75"."i_start" AS "_i_start",
                          "t75"."i_end" AS "_i_end",
                          "t75"."cum_before" AS "_cum"
                        FROM (
                          SELECT
                            "t73"."person_id",
                            "t73"."benefit",
                            "t73"."_key" AS "start_date",
                            "t73"."i_start",
                            "t73"."i_end",
                            CAST(COALESCE(
                              SUM("t73"."_len") OVER (
                                PARTITION BY "t73"."person_id", "t73"."benefit", "t73"."_key"
                                ORDER BY "t73"."i_start" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                              ),
                              0
                            ) AS INT) AS "cum_before"
                          FROM (
                            SELECT
                              "t70"."person_id",
                              "t70"."benefit",
                              "t70"."_key",
                              "t70"."_island",
                              "t70"."i_start",
                              "t70"."i_end",
                              CASE
                                WHEN "t70"."i_end" = MAKE_DATE(9999, 12, 31)
                                THEN 0
                                ELSE DATE_DIFF('DAY', "t70"."i_start", "t70"."i_end") + 1
                              END AS "_len"
                            FROM (
                              SELECT
                                "t69"."person_id",
                                "t69"."benefit",
                                "t69"."_key",
                                "t69"."_island",
                                MIN("t69"."start_date") AS "i_start",
                                MAX("t69"."_end") AS "i_end"
                              FROM (
                                SELECT
                                  "t67"."person_id",
                                  "t67"."benefit",
                                  "t67"."start_date",
                                  "t67"."_end",
                                  "t67"."_key",
                                  "t67"."_acc",
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
                                  "t67"."_new",
                                  SUM("t67"."_new") OVER (
                                    PARTITION BY "t67"."person_id", "t67"."benefit", "t67"."_key"
                                    ORDER BY "t67"."start_date" ASC, "t67"."_end" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) AS "_island"
                                FROM (
                                  SELECT
                                    "t63"."person_id",
                                    "t63"."benefit",
                                    "t63"."start_date",
                                    "t63"."_end",
                                    "t63"."_key",
                                    "t63"."_acc",
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
                                    CASE
                                      WHEN MAX("t63"."_end") OVER (
                                        PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                        ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ) IS NULL
                                      THEN 1
                                      WHEN "t63"."start_date" > CAST(CAST(MAX("t63"."_end") OVER (
                                        PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                        ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                      THEN 1
                                      ELSE 0
                                    END AS "_new"
                                  FROM (
                                    SELECT
                                      *
                                    FROM "t61" AS "t62"
                                    WHERE
                                      "t62"."_acc"
                                  ) AS "t63"
                                ) AS "t67"
                              ) AS "t69"
                              GROUP BY
                                1,
                                2,
                                3,
                                4
                            ) AS "t70"
                          ) AS "t73"
                        ) AS "t75"
                      ) AS "t77"
                        ON "t79"."person_id" = "t77"."_ipid"
                        AND "t79"."benefit" = "t77"."_ibenefit"
                        AND "t79"."start_date" = "t77"."_istart"
                        AND "t77"."_cum" < "t79"."_needed"
                        AND (
                          (
                            "t77"."_i_end" = MAKE_DATE(9999, 12, 31)
                          )
                          OR (
                            (
                              "t77"."_cum" + DATE_DIFF('DAY', "t77"."_i_start", "t77"."_i_end") + 1
                            ) >= "t79"."_needed"
                          )
                        )
                    ) AS "t80"
                  ) AS "t81"
                ) AS "t82"
              ) AS "t83"
            ) AS "t85"
            LEFT OUTER JOIN (
              SELECT
                "t88"."person_id",
                "t88"."benefit",
                "t88"."start_date",
                CAST(SUM(
                  DATE_DIFF(
                    'DAY',
                    GREATEST("t88"."_ex_start", "t88"."_from"),
                    LEAST("t88"."_ex_end", "t88"."_to")
                  ) + 1
                ) AS INT) AS "exempt_days",
                BOOL_OR(
                  CAST((
                    "t88"."_ex_start" <= CAST($as_of AS DATE)
                  )
                  AND (
                    "t88"."_ex_end" >= CAST($as_of AS DATE)
                  ) AS BOOLEAN)
                ) AS "exempt_now",
                LISTAGG(
                  
                    'fritaget ' || CAST("t88"."_ex_start" AS TEXT) || '–' || CAST("t88"."_ex_end" AS TEXT) || ' (' || "t88"."_ex_reason" || ')',
                    ', ' ORDER BY "t88"."_ex_start" ASC
                  
                ) AS "exemption_note"
              FROM (
                SELECT
                  "t87"."person_id",
                  "t87"."benefit",
                  "t87"."start_date",
                  "t87"."_from",
                  "t87"."_to",
                  "t6"."_pid",
                  "t6"."_ex_start",
                  "t6"."_ex_end",
                  "t6"."_ex_reason"
                FROM (
                  SELECT
                    "t84"."person_id",
                    "t84"."benefit",
                    "t84"."start_date",
                    "t84"."window_start" AS "_from",
                    "t84"."due0" AS "_to"
                  FROM (
                    SELECT
                      "t83".*
                      EXCLUDE ("_point")
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
                        "t82"."_point",
                        CAST(CAST("t82"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                      FROM (
                        SELECT
                          "t81".*
                          EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                            "t80"."required",
                            "t80"."required_joint",
                            "t80"."in_force",
                            "t80"."_end_unconfirmed",
                            "t80"."_plain",
                            "t80"."_needed",
                            "t80"."_ipid",
                            "t80"."_ibenefit",
                            "t80"."_istart",
                            "t80"."_i_start",
                            "t80"."_i_end",
                            "t80"."_cum",
                            CASE
                              WHEN "t80"."_i_start" IS NOT NULL
                              THEN CAST(CAST("t80"."_i_start" + TO_DAYS(CAST("t80"."_needed" - "t80"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                              ELSE "t80"."_plain"
                            END AS "_point"
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
                              "t79"."required",
                              "t79"."required_joint",
                              "t79"."in_force",
                              "t79"."_end_unconfirmed",
                              "t79"."_plain",
                              "t79"."_needed",
                              "t77"."_ipid",
                              "t77"."_ibenefit",
                              "t77"."_istart",
                              "t77"."_i_start",
                              "t77"."_i_end",
                              "t77"."_cum"
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
                                "t74"."start_date" AS "window_start",
                                COALESCE(
                                  CASE
                                    WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t74"."start_date" >= MAKE_DATE(2024, 1, 1)
                                    THEN 6
                                    WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                ) + COALESCE(0, 0) AS "required",
                                CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                (
                                  CASE
                                    WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t74"."start_date" >= MAKE_DATE(2024, 1, 1)
                                    THEN 6
                                    WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    ELSE CAST(NULL AS BIGINT)
                                  END IS NOT NULL
                                )
                                AND (
                                  CASE
                                    WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                    THEN 6
                                    ELSE CAST(NULL AS BIGINT)
                                  END IS NOT NULL
                                ) AS "in_force",
                                COALESCE(
                                  (
                                    CASE
                                      WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t74"."start_date" >= MAKE_DATE(2024, 1, 1)
                                      THEN 6
                                      WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NULL
                                  )
                                  AND COALESCE(
                                    ARRAY_CONTAINS(
                                      CASE
                                        WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                      "t74"."benefit"
                                    )
                                    OR ARRAY_CONTAINS(
                                      CASE
                                        WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                      "t74"."benefit" || ':' || COALESCE("t74"."target_group", '')
                                    ),
                                    FALSE
                                  ),
                                  FALSE
                                ) AS "_end_unconfirmed",
                                CAST(CAST("t74"."start_date" + TO_MONTHS(
                                  COALESCE(
                                    CASE
                                      WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                      THEN 6
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE) AS "_plain",
                                DATE_DIFF(
                                  'DAY',
                                  "t74"."start_date",
                                  CAST(CAST("t74"."start_date" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 6
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE)
                                ) AS "_needed"
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
                                  "t66"."periods"
                                FROM (
                                  SELECT
                                    "t64"."person_id",
                                    "t64"."benefit",
                                    "t64"."_key" AS "start_date",
                                    CASE
                                      WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                      THEN CAST(NULL AS DATE)
                                      ELSE "t64"."_end"
                                    END AS "end_date",
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
                                    "t64"."periods"
                                  FROM (
                                    SELECT
                                      "t62"."person_id",
                                      "t62"."benefit",
                                      "t62"."_key",
                                      MAX("t62"."_end") AS "_end",
                                      COUNT(*) AS "periods",
                                      FIRST("t62"."first_contact_date" ORDER BY "t62"."start_date") AS "first_contact_date",
                                      FIRST("t62"."target_group" ORDER BY "t62"."start_date") AS "target_group",
                                      FIRST("t62"."first_absence_date" ORDER BY "t62"."start_date") AS "first_absence_date",
                                      FIRST("t62"."sickness_category" ORDER BY "t62"."start_date") AS "sickness_category",
                                      FIRST("t62"."employed" ORDER BY "t62"."start_date") AS "employed",
                                      FIRST("t62"."handover_date" ORDER BY "t62"."start_date") AS "handover_date",
                                      FIRST("t62"."expected_absence_weeks" ORDER BY "t62"."start_date") AS "expected_absence_weeks",
                                      FIRST("t62"."work_obligation" ORDER BY "t62"."start_date") AS "work_obligation",
                                      FIRST("t62"."municipality" ORDER BY "t62"."start_date") AS "municipality",
                                      MIN("t62"."early_followup_request_date") AS "early_followup_request_date",
                                      BOOL_OR(CAST(COALESCE("t62"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                    FROM "t61" AS "t62"
                                    GROUP BY
                                      1,
                                      2,
                                      3
                                  ) AS "t64"
                                  WHERE
                                    "t64"."benefit" IN ('dagpenge')
                                ) AS "t66"
                                SEMI JOIN (
                                  SELECT
                                    "t68"."person_id" AS "_k_person_id",
                                    "t68"."benefit" AS "_k_benefit",
                                    "t68"."start_date" AS "_k_start_date"
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
                                      "t66"."periods"
                                    FROM (
                                      SELECT
                                        "t64"."person_id",
                                        "t64"."benefit",
                                        "t64"."_key" AS "start_date",
                                        CASE
                                          WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                          THEN CAST(NULL AS DATE)
                                          ELSE "t64"."_end"
                                        END AS "end_date",
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
                                        "t64"."periods"
                                      FROM (
                                        SELECT
                                          "t62"."person_id",
                                          "t62"."benefit",
                                          "t62"."_key",
                                          MAX("t62"."_end") AS "_end",
                                          COUNT(*) AS "periods",
                                          FIRST("t62"."first_contact_date" ORDER BY "t62"."start_date") AS "first_contact_date",
                                          FIRST("t62"."target_group" ORDER BY "t62"."start_date") AS "target_group",
                                          FIRST("t62"."first_absence_date" ORDER BY "t62"."start_date") AS "first_absence_date",
                                          FIRST("t62"."sickness_category" ORDER BY "t62"."start_date") AS "sickness_category",
                                          FIRST("t62"."employed" ORDER BY "t62"."start_date") AS "employed",
                                          FIRST("t62"."handover_date" ORDER BY "t62"."start_date") AS "handover_date",
                                          FIRST("t62"."expected_absence_weeks" ORDER BY "t62"."start_date") AS "expected_absence_weeks",
                                          FIRST("t62"."work_obligation" ORDER BY "t62"."start_date") AS "work_obligation",
                                          FIRST("t62"."municipality" ORDER BY "t62"."start_date") AS "municipality",
                                          MIN("t62"."early_followup_request_date") AS "early_followup_request_date",
                                          BOOL_OR(CAST(COALESCE("t62"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                        FROM "t61" AS "t62"
                                        GROUP BY
                                          1,
                                          2,
                                          3
                                      ) AS "t64"
                                      WHERE
                                        "t64"."benefit" IN ('dagpenge')
                                    ) AS "t66"
                                    SEMI JOIN (
                                      SELECT
                                        "t2"."person_id" AS "_mpid",
                                        "t2"."start_date" AS "_mstart"
                                      FROM "benefit_periods" AS "t2"
                                      WHERE
                                        "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                    ) AS "t8"
                                      ON "t66"."person_id" = "t8"."_mpid"
                                      AND "t8"."_mstart" >= "t66"."start_date"
                                      AND (
                                        (
                                          "t66"."end_date" IS NULL
                                        ) OR (
                                          "t8"."_mstart" <= "t66"."end_date"
                                        )
                                      )
                                  ) AS "t68"
                                  WHERE
                                    CASE
                                      WHEN "t68"."start_date" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t68"."start_date" >= MAKE_DATE(2024, 1, 1)
                                      THEN 6
                                      WHEN "t68"."start_date" >= MAKE_DATE(2020, 1, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NOT NULL
                                ) AS "t72"
                                  ON "t66"."person_id" = "t72"."_k_person_id"
                                  AND "t66"."benefit" = "t72"."_k_benefit"
                                  AND "t66"."start_date" = "t72"."_k_start_date"
                              ) AS "t74"
                            ) AS "t79"
                            LEFT OUTER JOIN (
                              SELECT
                                "t75"."person_id" AS "_ipid",
                                "t75"."benefit" AS "_ibenefit",
                                "t75"."start_date" AS "_istart",
                                "t75"."i_start" AS "_i_start",
                                "t75"."i_end" AS "_i_end",
                                "t75"."cum_before" AS "_cum"
                              FROM (
                                SELECT
                                  "t73"."person_id",
                                  "t73"."benefit",
                                  "t73"."_key" AS "start_date",
                                  "t73"."i_start",
                                  "t73"."i_end",
                                  CAST(COALESCE(
                                    SUM("t73"."_len") OVER (
                                      PARTITION BY "t73"."person_id", "t73"."benefit", "t73"."_key"
                                      ORDER BY "t73"."i_start" ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                    ),
                                    0
                                  ) AS INT) AS "cum_before"
                                FROM (
                                  SELECT
                                    "t70"."person_id",
                                    "t70"."benefit",
                                    "t70"."_key",
                                    "t70"."_island",
                                    "t70"."i_start",
                                    "t70"."i_end",
                                    CASE
                                      WHEN "t70"."i_end" = MAKE_DATE(9999, 12, 31)
                                      THEN 0
                                      ELSE DATE_DIFF('DAY', "t70"."i_start", "t70"."i_end") + 1
                                    END AS "_len"
                                  FROM (
                                    SELECT
                                      "t69"."person_id",
                                      "t69"."benefit",
                                      "t69"."_key",
                                      "t69"."_island",
                                      MIN("t69"."start_date") AS "i_start",
                                      MAX("t69"."_end") AS "i_end"
                                    FROM (
                                      SELECT
                                        "t67"."person_id",
                                        "t67"."benefit",
                                        "t67"."start_date",
                                        "t67"."_end",
                                        "t67"."_key",
                                        "t67"."_acc",
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
                                        "t67"."_new",
                                        SUM("t67"."_new") OVER (
                                          PARTITION BY "t67"."person_id", "t67"."benefit", "t67"."_key"
                                          ORDER BY "t67"."start_date" ASC, "t67"."_end" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                        ) AS "_island"
                                      FROM (
                                        SELECT
                                          "t63"."person_id",
                                          "t63"."benefit",
                                          "t63"."start_date",
                                          "t63"."_end",
                                          "t63"."_key",
                                          "t63"."_acc",
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
                                          CASE
                                            WHEN MAX("t63"."_end") OVER (
                                              PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                              ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ) IS NULL
                                            THEN 1
                                            WHEN "t63"."start_date" > CAST(CAST(MAX("t63"."_end") OVER (
                                              PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                              ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                            THEN 1
                                            ELSE 0
                                          END AS "_new"
                                        FROM (
                                          SELECT
                                            *
                                          FROM "t61" AS "t62"
                                          WHERE
                                            "t62"."_acc"
                                        ) AS "t63"
                                      ) AS "t67"
                                    ) AS "t69"
                                    GROUP BY
                                      1,
                                      2,
                                      3,
                                      4
                                  ) AS "t70"
                                ) AS "t73"
                              ) AS "t75"
                            ) AS "t77"
                              ON "t79"."person_id" = "t77"."_ipid"
                              AND "t79"."benefit" = "t77"."_ibenefit"
                              AND "t79"."start_date" = "t77"."_istart"
                              AND "t77"."_cum" < "t79"."_needed"
                              AND (
                                (
                                  "t77"."_i_end" = MAKE_DATE(9999, 12, 31)
                                )
                                OR (
                                  (
                                    "t77"."_cum" + DATE_DIFF('DAY', "t77"."_i_start", "t77"."_i_end") + 1
                                  ) >= "t79"."_needed"
                                )
                              )
                          ) AS "t80"
                        ) AS "t81"
                      ) AS "t82"
                    ) AS "t83"
                  ) AS "t84"
                ) AS "t87"
                INNER JOIN (
                  SELECT
                    "t0"."person_id" AS "_pid",
                    "t0"."start_date" AS "_ex_start",
                    "t0"."end_date" AS "_ex_end",
                    "t0"."reason" AS "_ex_reason"
                  FROM "exemptions" AS "t0"
                  WHERE
                    "t0"."start_date" <= CAST($as_of AS DATE)
                ) AS "t6"
                  ON "t87"."person_id" = "t6"."_pid"
                  AND "t6"."_ex_start" <= "t87"."_to"
                  AND "t6"."_ex_end" >= "t87"."_from"
              ) AS "t88"
              GROUP BY
                1,
                2,
                3
            ) AS "t90"
              ON "t85"."person_id" = "t90"."person_id"
              AND "t85"."benefit" = "t90"."benefit"
              AND "t85"."start_date" = "t90"."start_date"
          ) AS "t91"
        ) AS "t92"
      ) AS "t98"
      LEFT OUTER JOIN (
        SELECT
          "t106".*
          EXCLUDE ("_need")
        FROM (
          SELECT
            "t105"."person_id",
            "t105"."benefit",
            "t105"."start_date",
            CASE
              WHEN "t105"."counted" >= "t105"."_need"
              THEN "t105"."nth_date"
              ELSE CAST(NULL AS DATE)
            END AS "nth_date",
            "t105"."counted",
            "t105"."in_window",
            "t105"."listed",
            "t105"."_need"
          FROM (
            SELECT
              "t104"."person_id",
              "t104"."benefit",
              "t104"."start_date",
              MAX("t104"."date") AS "nth_date",
              COUNT(*) AS "counted",
              SUM(CAST("t104"."date" <= "t104"."_due" AS INT)) AS "in_window",
              LISTAGG("t104"."description", ', ' ORDER BY "t104"."date" ASC) AS "listed",
              MAX("t104"."_n") AS "_need"
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  "t102"."person_id",
                  "t102"."benefit",
                  "t102"."start_date",
                  "t102"."date",
                  "t102"."description",
                  "t102"."_n",
                  "t102"."_due",
                  ROW_NUMBER() OVER (
                    PARTITION BY "t102"."person_id", "t102"."benefit", "t102"."start_date"
                    ORDER BY "t102"."date" ASC, "t102"."description" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) - 1 AS "_rank"
                FROM (
                  SELECT
                    "t101"."person_id",
                    "t101"."benefit",
                    "t101"."start_date",
                    "t101"."date",
                    "t101"."description",
                    "t99"."_n",
                    "t99"."_due"
                  FROM (
                    SELECT
                      "t95"."person_id",
                      "t95"."benefit",
                      "t95"."start_date",
                      "t95"."date",
                      "t95"."kind" || ' ' || CAST("t95"."date" AS TEXT) || ' (' || "t95"."form" || ', ' || "t95"."held_by" || ')' AS "description"
                    FROM (
                      SELECT
                        "t94"."person_id",
                        "t94"."benefit",
                        "t94"."start_date",
                        "t94"."window_start",
                        "t94"."_first",
                        "t94"."_last",
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
                          "t92"."person_id",
                          "t92"."benefit",
                          "t92"."start_date",
                          "t92"."window_start",
                          "t92"."window_start" AS "_first",
                          COALESCE("t92"."end_date", CAST($as_of AS DATE)) AS "_last"
                        FROM (
                          SELECT
                            "t91".*
                            EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                          FROM (
                            SELECT
                              "t85"."person_id",
                              "t85"."benefit",
                              "t85"."start_date",
                              "t85"."end_date",
                              "t85"."first_contact_date",
                              "t85"."target_group",
                              "t85"."first_absence_date",
                              "t85"."sickness_category",
                              "t85"."employed",
                              "t85"."handover_date",
                              "t85"."expected_absence_weeks",
                              "t85"."work_obligation",
                              "t85"."municipality",
                              "t85"."early_followup_request_date",
                              "t85"."education_order",
                              "t85"."periods",
                              "t85"."window_start",
                              "t85"."required",
                              "t85"."required_joint",
                              "t85"."in_force",
                              "t85"."_end_unconfirmed",
                              "t85"."due0",
                              "t90"."person_id" AS "person_id_right",
                              "t90"."benefit" AS "benefit_right",
                              "t90"."start_date" AS "start_date_right",
                              "t90"."exempt_days",
                              "t90"."exempt_now",
                              "t90"."exemption_note"
                            FROM (
                              SELECT
                                "t83".*
                                EXCLUDE ("_point")
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
                                  "t82"."_point",
                                  CAST(CAST("t82"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                FROM (
                                  SELECT
                                    "t81".*
                                    EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                      "t80"."required",
                                      "t80"."required_joint",
                                      "t80"."in_force",
                                      "t80"."_end_unconfirmed",
                                      "t80"."_plain",
                                      "t80"."_needed",
                                      "t80"."_ipid",
                                      "t80"."_ibenefit",
                                      "t80"."_istart",
                                      "t80"."_i_start",
                                      "t80"."_i_end",
                                      "t80"."_cum",
                                      CASE
                                        WHEN "t80"."_i_start" IS NOT NULL
                                        THEN CAST(CAST("t80"."_i_start" + TO_DAYS(CAST("t80"."_needed" - "t80"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                        ELSE "t80"."_plain"
                                      END AS "_point"
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
                                        "t79"."required",
                                        "t79"."required_joint",
                                        "t79"."in_force",
                                        "t79"."_end_unconfirmed",
                                        "t79"."_plain",
                                        "t79"."_needed",
                                        "t77"."_ipid",
                                        "t77"."_ibenefit",
                                        "t77"."_istart",
                                        "t77"."_i_start",
                                        "t77"."_i_end",
                                        "t77"."_cum"
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
                                          "t74"."start_date" AS "window_start",
                                          COALESCE(
                                            CASE
                                              WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t74"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 6
                                              WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) + COALESCE(0, 0) AS "required",
                                          CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                          (
                                            CASE
                                              WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t74"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 6
                                              WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NOT NULL
                                          )
                                          AND (
                                            CASE
                                              WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 6
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NOT NULL
                                          ) AS "in_force",
                                          COALESCE(
                                            (
                                              CASE
                                                WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t74"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 6
                                                WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NULL
                                            )
                                            AND COALESCE(
                                              ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                "t74"."benefit"
                                              )
                                              OR ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                "t74"."benefit" || ':' || COALESCE("t74"."target_group", '')
                                              ),
                                              FALSE
                                            ),
                                            FALSE
                                          ) AS "_end_unconfirmed",
                                          CAST(CAST("t74"."start_date" + TO_MONTHS(
                                            COALESCE(
                                              CASE
                                                WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN 6
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            )
                                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                                          DATE_DIFF(
                                            'DAY',
                                            "t74"."start_date",
                                            CAST(CAST("t74"."start_date" + TO_MONTHS(
                                              COALESCE(
                                                CASE
                                                  WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 6
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              )
                                            ) AS TIMESTAMP) AS DATE)
                                          ) AS "_needed"
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
                                            "t66"."periods"
                                          FROM (
                                            SELECT
                                              "t64"."person_id",
                                              "t64"."benefit",
                                              "t64"."_key" AS "start_date",
                                              CASE
                                                WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                                THEN CAST(NULL AS DATE)
                                                ELSE "t64"."_end"
                                              END AS "end_date",
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
                                              "t64"."periods"
                                            FROM (
                                              SELECT
                                                "t62"."person_id",
                                                "t62"."benefit",
                                                "t62"."_key",
                                                MAX("t62"."_end") AS "_end",
                                                COUNT(*) AS "periods",
                                                FIRST("t62"."first_contact_date" ORDER BY "t62"."start_date") AS "first_contact_date",
                                                FIRST("t62"."target_group" ORDER BY "t62"."start_date") AS "target_group",
                                                FIRST("t62"."first_absence_date" ORDER BY "t62"."start_date") AS "first_absence_date",
                                                FIRST("t62"."sickness_category" ORDER BY "t62"."start_date") AS "sickness_category",
                                                FIRST("t62"."employed" ORDER BY "t62"."start_date") AS "employed",
                                                FIRST("t62"."handover_date" ORDER BY "t62"."start_date") AS "handover_date",
                                                FIRST("t62"."expected_absence_weeks" ORDER BY "t62"."start_date") AS "expected_absence_weeks",
                                                FIRST("t62"."work_obligation" ORDER BY "t62"."start_date") AS "work_obligation",
                                                FIRST("t62"."municipality" ORDER BY "t62"."start_date") AS "municipality",
                                                MIN("t62"."early_followup_request_date") AS "early_followup_request_date",
                                                BOOL_OR(CAST(COALESCE("t62"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                              FROM "t61" AS "t62"
                                              GROUP BY
                                                1,
                                                2,
                                                3
                                            ) AS "t64"
                                            WHERE
                                              "t64"."benefit" IN ('dagpenge')
                                          ) AS "t66"
                                          SEMI JOIN (
                                            SELECT
                                              "t68"."person_id" AS "_k_person_id",
                                              "t68"."benefit" AS "_k_benefit",
                                              "t68"."start_date" AS "_k_start_date"
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
                                                "t66"."periods"
                                              FROM (
                                                SELECT
                                                  "t64"."person_id",
                                                  "t64"."benefit",
                                                  "t64"."_key" AS "start_date",
                                                  CASE
                                                    WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                                    THEN CAST(NULL AS DATE)
                                                    ELSE "t64"."_end"
                                                  END AS "end_date",
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
                                                  "t64"."periods"
                                                FROM (
                                                  SELECT
                                                    "t62"."person_id",
                                                    "t62"."benefit",
                                                    "t62"."_key",
                                                    MAX("t62"."_end") AS "_end",
                                                    COUNT(*) AS "periods",
                                                    FIRST("t62"."first_contact_date" ORDER BY "t62"."start_date") AS "first_contact_date",
                                                    FIRST("t62"."target_group" ORDER BY "t62"."start_date") AS "target_group",
                                                    FIRST("t62"."first_absence_date" ORDER BY "t62"."start_date") AS "first_absence_date",
                                                    FIRST("t62"."sickness_category" ORDER BY "t62"."start_date") AS "sickness_category",
                                                    FIRST("t62"."employed" ORDER BY "t62"."start_date") AS "employed",
                                                    FIRST("t62"."handover_date" ORDER BY "t62"."start_date") AS "handover_date",
                                                    FIRST("t62"."expected_absence_weeks" ORDER BY "t62"."start_date") AS "expected_absence_weeks",
                                                    FIRST("t62"."work_obligation" ORDER BY "t62"."start_date") AS "work_obligation",
                                                    FIRST("t62"."municipality" ORDER BY "t62"."start_date") AS "municipality",
                                                    MIN("t62"."early_followup_request_date") AS "early_followup_request_date",
                                                    BOOL_OR(CAST(COALESCE("t62"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                  FROM "t61" AS "t62"
                                                  GROUP BY
                                                    1,
                                                    2,
                                                    3
                                                ) AS "t64"
                                                WHERE
                                                  "t64"."benefit" IN ('dagpenge')
                                              ) AS "t66"
                                              SEMI JOIN (
                                                SELECT
                                                  "t2"."person_id" AS "_mpid",
                                                  "t2"."start_date" AS "_mstart"
                                                FROM "benefit_periods" AS "t2"
                                                WHERE
                                                  "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                              ) AS "t8"
                                                ON "t66"."person_id" = "t8"."_mpid"
                                                AND "t8"."_mstart" >= "t66"."start_date"
                                                AND (
                                                  (
                                                    "t66"."end_date" IS NULL
                                                  ) OR (
                                                    "t8"."_mstart" <= "t66"."end_date"
                                                  )
                                                )
                                            ) AS "t68"
                                            WHERE
                                              CASE
                                                WHEN "t68"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t68"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 6
                                                WHEN "t68"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                          ) AS "t72"
                                            ON "t66"."person_id" = "t72"."_k_person_id"
                                            AND "t66"."benefit" = "t72"."_k_benefit"
                                            AND "t66"."start_date" = "t72"."_k_start_date"
                                        ) AS "t74"
                                      ) AS "t79"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t75"."person_id" AS "_ipid",
                                          "t75"."benefit" AS "_ibenefit",
                                          "t75"."start_date" AS "_istart",
                                          "t75"."i_start" AS "_i_start",
                                          "t75"."i_end" AS "_i_end",
                                          "t75"."cum_before" AS "_cum"
                                        FROM (
                                          SELECT
                                            "t73"."person_id",
                                            "t73"."benefit",
                                            "t73"."_key" AS "start_date",
                                            "t73"."i_start",
                                            "t73"."i_end",
                                            CAST(COALESCE(
                                              SUM("t73"."_len") OVER (
                                                PARTITION BY "t73"."person_id", "t73"."benefit", "t73"."_key"
                                                ORDER BY "t73"."i_start" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ),
                                              0
                                            ) AS INT) AS "cum_before"
                                          FROM (
                                            SELECT
                                              "t70"."person_id",
                                              "t70"."benefit",
                                              "t70"."_key",
                                              "t70"."_island",
                                              "t70"."i_start",
                                              "t70"."i_end",
                                              CASE
                                                WHEN "t70"."i_end" = MAKE_DATE(9999, 12, 31)
                                                THEN 0
                                                ELSE DATE_DIFF('DAY', "t70"."i_start", "t70"."i_end") + 1
                                              END AS "_len"
                                            FROM (
                                              SELECT
                                                "t69"."person_id",
                                                "t69"."benefit",
                                                "t69"."_key",
                                                "t69"."_island",
                                                MIN("t69"."start_date") AS "i_start",
                                                MAX("t69"."_end") AS "i_end"
                                              FROM (
                                                SELECT
                                                  "t67"."person_id",
                                                  "t67"."benefit",
                                                  "t67"."start_date",
                                                  "t67"."_end",
                                                  "t67"."_key",
                                                  "t67"."_acc",
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
                                                  "t67"."_new",
                                                  SUM("t67"."_new") OVER (
                                                    PARTITION BY "t67"."person_id", "t67"."benefit", "t67"."_key"
                                                    ORDER BY "t67"."start_date" ASC, "t67"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                  ) AS "_island"
                                                FROM (
                                                  SELECT
                                                    "t63"."person_id",
                                                    "t63"."benefit",
                                                    "t63"."start_date",
                                                    "t63"."_end",
                                                    "t63"."_key",
                                                    "t63"."_acc",
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
                                                    CASE
                                                      WHEN MAX("t63"."_end") OVER (
                                                        PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                        ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ) IS NULL
                                                      THEN 1
                                                      WHEN "t63"."start_date" > CAST(CAST(MAX("t63"."_end") OVER (
                                                        PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                        ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                      THEN 1
                                                      ELSE 0
                                                    END AS "_new"
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM "t61" AS "t62"
                                                    WHERE
                                                      "t62"."_acc"
                                                  ) AS "t63"
                                                ) AS "t67"
                                              ) AS "t69"
                                              GROUP BY
                                                1,
                                                2,
                                                3,
                                                4
                                            ) AS "t70"
                                          ) AS "t73"
                                        ) AS "t75"
                                      ) AS "t77"
                                        ON "t79"."person_id" = "t77"."_ipid"
                                        AND "t79"."benefit" = "t77"."_ibenefit"
                                        AND "t79"."start_date" = "t77"."_istart"
                                        AND "t77"."_cum" < "t79"."_needed"
                                        AND (
                                          (
                                            "t77"."_i_end" = MAKE_DATE(9999, 12, 31)
                                          )
                                          OR (
                                            (
                                              "t77"."_cum" + DATE_DIFF('DAY', "t77"."_i_start", "t77"."_i_end") + 1
                                            ) >= "t79"."_needed"
                                          )
                                        )
                                    ) AS "t80"
                                  ) AS "t81"
                                ) AS "t82"
                              ) AS "t83"
                            ) AS "t85"
                            LEFT OUTER JOIN (
                              SELECT
                                "t88"."person_id",
                                "t88"."benefit",
                                "t88"."start_date",
                                CAST(SUM(
                                  DATE_DIFF(
                                    'DAY',
                                    GREATEST("t88"."_ex_start", "t88"."_from"),
                                    LEAST("t88"."_ex_end", "t88"."_to")
                                  ) + 1
                                ) AS INT) AS "exempt_days",
                                BOOL_OR(
                                  CAST((
                                    "t88"."_ex_start" <= CAST($as_of AS DATE)
                                  )
                                  AND (
                                    "t88"."_ex_end" >= CAST($as_of AS DATE)
                                  ) AS BOOLEAN)
                                ) AS "exempt_now",
                                LISTAGG(
                                  
                                    'fritaget ' || CAST("t88"."_ex_start" AS TEXT) || '–' || CAST("t88"."_ex_end" AS TEXT) || ' (' || "t88"."_ex_reason" || ')',
                                    ', ' ORDER BY "t88"."_ex_start" ASC
                                  
                                ) AS "exemption_note"
                              FROM (
                                SELECT
                                  "t87"."person_id",
                                  "t87"."benefit",
                                  "t87"."start_date",
                                  "t87"."_from",
                                  "t87"."_to",
                                  "t6"."_pid",
                                  "t6"."_ex_start",
                                  "t6"."_ex_end",
                                  "t6"."_ex_reason"
                                FROM (
                                  SELECT
                                    "t84"."person_id",
                                    "t84"."benefit",
                                    "t84"."start_date",
                                    "t84"."window_start" AS "_from",
                                    "t84"."due0" AS "_to"
                                  FROM (
                                    SELECT
                                      "t83".*
                                      EXCLUDE ("_point")
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
                                        "t82"."_point",
                                        CAST(CAST("t82"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                      FROM (
                                        SELECT
                                          "t81".*
                                          EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                            "t80"."required",
                                            "t80"."required_joint",
                                            "t80"."in_force",
                                            "t80"."_end_unconfirmed",
                                            "t80"."_plain",
                                            "t80"."_needed",
                                            "t80"."_ipid",
                                            "t80"."_ibenefit",
                                            "t80"."_istart",
                                            "t80"."_i_start",
                                            "t80"."_i_end",
                                            "t80"."_cum",
                                            CASE
                                              WHEN "t80"."_i_start" IS NOT NULL
                                              THEN CAST(CAST("t80"."_i_start" + TO_DAYS(CAST("t80"."_needed" - "t80"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                              ELSE "t80"."_plain"
                                            END AS "_point"
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
                                              "t79"."required",
                                              "t79"."required_joint",
                                              "t79"."in_force",
                                              "t79"."_end_unconfirmed",
                                              "t79"."_plain",
                                              "t79"."_needed",
                                              "t77"."_ipid",
                                              "t77"."_ibenefit",
                                              "t77"."_istart",
                                              "t77"."_i_start",
                                              "t77"."_i_end",
                                              "t77"."_cum"
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
                                                "t74"."start_date" AS "window_start",
                                                COALESCE(
                                                  CASE
                                                    WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t74"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 6
                                                    WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                ) + COALESCE(0, 0) AS "required",
                                                CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                                (
                                                  CASE
                                                    WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t74"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 6
                                                    WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NOT NULL
                                                )
                                                AND (
                                                  CASE
                                                    WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 6
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NOT NULL
                                                ) AS "in_force",
                                                COALESCE(
                                                  (
                                                    CASE
                                                      WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t74"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 6
                                                      WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NULL
                                                  )
                                                  AND COALESCE(
                                                    ARRAY_CONTAINS(
                                                      CASE
                                                        WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                      "t74"."benefit"
                                                    )
                                                    OR ARRAY_CONTAINS(
                                                      CASE
                                                        WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                      "t74"."benefit" || ':' || COALESCE("t74"."target_group", '')
                                                    ),
                                                    FALSE
                                                  ),
                                                  FALSE
                                                ) AS "_end_unconfirmed",
                                                CAST(CAST("t74"."start_date" + TO_MONTHS(
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 6
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  )
                                                ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                DATE_DIFF(
                                                  'DAY',
                                                  "t74"."start_date",
                                                  CAST(CAST("t74"."start_date" + TO_MONTHS(
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 6
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    )
                                                  ) AS TIMESTAMP) AS DATE)
                                                ) AS "_needed"
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
                                                  "t66"."periods"
                                                FROM (
                                                  SELECT
                                                    "t64"."person_id",
                                                    "t64"."benefit",
                                                    "t64"."_key" AS "start_date",
                                                    CASE
                                                      WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN CAST(NULL AS DATE)
                                                      ELSE "t64"."_end"
                                                    END AS "end_date",
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
                                                    "t64"."periods"
                                                  FROM (
                                                    SELECT
                                                      "t62"."person_id",
                                                      "t62"."benefit",
                                                      "t62"."_key",
                                                      MAX("t62"."_end") AS "_end",
                                                      COUNT(*) AS "periods",
                                                      FIRST("t62"."first_contact_date" ORDER BY "t62"."start_date") AS "first_contact_date",
                                                      FIRST("t62"."target_group" ORDER BY "t62"."start_date") AS "target_group",
                                                      FIRST("t62"."first_absence_date" ORDER BY "t62"."start_date") AS "first_absence_date",
                                                      FIRST("t62"."sickness_category" ORDER BY "t62"."start_date") AS "sickness_category",
                                                      FIRST("t62"."employed" ORDER BY "t62"."start_date") AS "employed",
                                                      FIRST("t62"."handover_date" ORDER BY "t62"."start_date") AS "handover_date",
                                                      FIRST("t62"."expected_absence_weeks" ORDER BY "t62"."start_date") AS "expected_absence_weeks",
                                                      FIRST("t62"."work_obligation" ORDER BY "t62"."start_date") AS "work_obligation",
                                                      FIRST("t62"."municipality" ORDER BY "t62"."start_date") AS "municipality",
                                                      MIN("t62"."early_followup_request_date") AS "early_followup_request_date",
                                                      BOOL_OR(CAST(COALESCE("t62"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                    FROM "t61" AS "t62"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3
                                                  ) AS "t64"
                                                  WHERE
                                                    "t64"."benefit" IN ('dagpenge')
                                                ) AS "t66"
                                                SEMI JOIN (
                                                  SELECT
                                                    "t68"."person_id" AS "_k_person_id",
                                                    "t68"."benefit" AS "_k_benefit",
                                                    "t68"."start_date" AS "_k_start_date"
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
                                                      "t66"."periods"
                                                    FROM (
                                                      SELECT
                                                        "t64"."person_id",
                                                        "t64"."benefit",
                                                        "t64"."_key" AS "start_date",
                                                        CASE
                                                          WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                                          THEN CAST(NULL AS DATE)
                                                          ELSE "t64"."_end"
                                                        END AS "end_date",
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
                                                        "t64"."periods"
                                                      FROM (
                                                        SELECT
                                                          "t62"."person_id",
                                                          "t62"."benefit",
                                                          "t62"."_key",
                                                          MAX("t62"."_end") AS "_end",
                                                          COUNT(*) AS "periods",
                                                          FIRST("t62"."first_contact_date" ORDER BY "t62"."start_date") AS "first_contact_date",
                                                          FIRST("t62"."target_group" ORDER BY "t62"."start_date") AS "target_group",
                                                          FIRST("t62"."first_absence_date" ORDER BY "t62"."start_date") AS "first_absence_date",
                                                          FIRST("t62"."sickness_category" ORDER BY "t62"."start_date") AS "sickness_category",
                                                          FIRST("t62"."employed" ORDER BY "t62"."start_date") AS "employed",
                                                          FIRST("t62"."handover_date" ORDER BY "t62"."start_date") AS "handover_date",
                                                          FIRST("t62"."expected_absence_weeks" ORDER BY "t62"."start_date") AS "expected_absence_weeks",
                                                          FIRST("t62"."work_obligation" ORDER BY "t62"."start_date") AS "work_obligation",
                                                          FIRST("t62"."municipality" ORDER BY "t62"."start_date") AS "municipality",
                                                          MIN("t62"."early_followup_request_date") AS "early_followup_request_date",
                                                          BOOL_OR(CAST(COALESCE("t62"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                        FROM "t61" AS "t62"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3
                                                      ) AS "t64"
                                                      WHERE
                                                        "t64"."benefit" IN ('dagpenge')
                                                    ) AS "t66"
                                                    SEMI JOIN (
                                                      SELECT
                                                        "t2"."person_id" AS "_mpid",
                                                        "t2"."start_date" AS "_mstart"
                                                      FROM "benefit_periods" AS "t2"
                                                      WHERE
                                                        "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                    ) AS "t8"
                                                      ON "t66"."person_id" = "t8"."_mpid"
                                                      AND "t8"."_mstart" >= "t66"."start_date"
                                                      AND (
                                                        (
                                                          "t66"."end_date" IS NULL
                                                        ) OR (
                                                          "t8"."_mstart" <= "t66"."end_date"
                                                        )
                                                      )
                                                  ) AS "t68"
                                                  WHERE
                                                    CASE
                                                      WHEN "t68"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t68"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 6
                                                      WHEN "t68"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NOT NULL
                                                ) AS "t72"
                                                  ON "t66"."person_id" = "t72"."_k_person_id"
                                                  AND "t66"."benefit" = "t72"."_k_benefit"
                                                  AND "t66"."start_date" = "t72"."_k_start_date"
                                              ) AS "t74"
                                            ) AS "t79"
                                            LEFT OUTER JOIN (
                                              SELECT
                                                "t75"."person_id" AS "_ipid",
                                                "t75"."benefit" AS "_ibenefit",
                                                "t75"."start_date" AS "_istart",
                                                "t75"."i_start" AS "_i_start",
                                                "t75"."i_end" AS "_i_end",
                                                "t75"."cum_before" AS "_cum"
                                              FROM (
                                                SELECT
                                                  "t73"."person_id",
                                                  "t73"."benefit",
                                                  "t73"."_key" AS "start_date",
                                                  "t73"."i_start",
                                                  "t73"."i_end",
                                                  CAST(COALESCE(
                                                    SUM("t73"."_len") OVER (
                                                      PARTITION BY "t73"."person_id", "t73"."benefit", "t73"."_key"
                                                      ORDER BY "t73"."i_start" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                    ),
                                                    0
                                                  ) AS INT) AS "cum_before"
                                                FROM (
                                                  SELECT
                                                    "t70"."person_id",
                                                    "t70"."benefit",
                                                    "t70"."_key",
                                                    "t70"."_island",
                                                    "t70"."i_start",
                                                    "t70"."i_end",
                                                    CASE
                                                      WHEN "t70"."i_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN 0
                                                      ELSE DATE_DIFF('DAY', "t70"."i_start", "t70"."i_end") + 1
                                                    END AS "_len"
                                                  FROM (
                                                    SELECT
                                                      "t69"."person_id",
                                                      "t69"."benefit",
                                                      "t69"."_key",
                                                      "t69"."_island",
                                                      MIN("t69"."start_date") AS "i_start",
                                                      MAX("t69"."_end") AS "i_end"
                                                    FROM (
                                                      SELECT
                                                        "t67"."person_id",
                                                        "t67"."benefit",
                                                        "t67"."start_date",
                                                        "t67"."_end",
                                                        "t67"."_key",
                                                        "t67"."_acc",
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
                                                        "t67"."_new",
                                                        SUM("t67"."_new") OVER (
                                                          PARTITION BY "t67"."person_id", "t67"."benefit", "t67"."_key"
                                                          ORDER BY "t67"."start_date" ASC, "t67"."_end" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                        ) AS "_island"
                                                      FROM (
                                                        SELECT
                                                          "t63"."person_id",
                                                          "t63"."benefit",
                                                          "t63"."start_date",
                                                          "t63"."_end",
                                                          "t63"."_key",
                                                          "t63"."_acc",
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
                                                          CASE
                                                            WHEN MAX("t63"."_end") OVER (
                                                              PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                              ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                            ) IS NULL
                                                            THEN 1
                                                            WHEN "t63"."start_date" > CAST(CAST(MAX("t63"."_end") OVER (
                                                              PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                              ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                            THEN 1
                                                            ELSE 0
                                                          END AS "_new"
                                                        FROM (
                                                          SELECT
                                                            *
                                                          FROM "t61" AS "t62"
                                                          WHERE
                                                            "t62"."_acc"
                                                        ) AS "t63"
                                                      ) AS "t67"
                                                    ) AS "t69"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3,
                                                      4
                                                  ) AS "t70"
                                                ) AS "t73"
                                              ) AS "t75"
                                            ) AS "t77"
                                              ON "t79"."person_id" = "t77"."_ipid"
                                              AND "t79"."benefit" = "t77"."_ibenefit"
                                              AND "t79"."start_date" = "t77"."_istart"
                                              AND "t77"."_cum" < "t79"."_needed"
                                              AND (
                                                (
                                                  "t77"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                )
                                                OR (
                                                  (
                                                    "t77"."_cum" + DATE_DIFF('DAY', "t77"."_i_start", "t77"."_i_end") + 1
                                                  ) >= "t79"."_needed"
                                                )
                                              )
                                          ) AS "t80"
                                        ) AS "t81"
                                      ) AS "t82"
                                    ) AS "t83"
                                  ) AS "t84"
                                ) AS "t87"
                                INNER JOIN (
                                  SELECT
                                    "t0"."person_id" AS "_pid",
                                    "t0"."start_date" AS "_ex_start",
                                    "t0"."end_date" AS "_ex_end",
                                    "t0"."reason" AS "_ex_reason"
                                  FROM "exemptions" AS "t0"
                                  WHERE
                                    "t0"."start_date" <= CAST($as_of AS DATE)
                                ) AS "t6"
                                  ON "t87"."person_id" = "t6"."_pid"
                                  AND "t6"."_ex_start" <= "t87"."_to"
                                  AND "t6"."_ex_end" >= "t87"."_from"
                              ) AS "t88"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t90"
                              ON "t85"."person_id" = "t90"."person_id"
                              AND "t85"."benefit" = "t90"."benefit"
                              AND "t85"."start_date" = "t90"."start_date"
                          ) AS "t91"
                        ) AS "t92"
                      ) AS "t94"
                      INNER JOIN (
                        SELECT
                          *
                        FROM "conversations" AS "t1"
                        WHERE
                          "t1"."status" = 'afholdt'
                          AND COALESCE("t1"."individual", TRUE)
                          AND "t1"."date" <= CAST($as_of AS DATE)
                          AND "t1"."kind" IN ('jobsamtale', 'faellessamtale')
                      ) AS "t7"
                        ON "t94"."person_id" = "t7"."person_id"
                        AND "t7"."date" >= "t94"."_first"
                        AND "t7"."date" <= "t94"."_last"
                    ) AS "t95"
                    WHERE
                      COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t95"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN ['jobcenter', 'anden_aktoer']
                            ELSE CAST(NULL AS TEXT[])
                          END,
                          "t95"."held_by"
                        ),
                        FALSE
                      )
                      AND COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t95"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN ['personligt', 'telefon', 'video']
                            ELSE CAST(NULL AS TEXT[])
                          END,
                          "t95"."form"
                        ),
                        FALSE
                      )
                  ) AS "t101"
                  INNER JOIN (
                    SELECT
                      "t92"."person_id",
                      "t92"."benefit",
                      "t92"."start_date",
                      "t92"."required" AS "_n",
                      CAST(CAST("t92"."due0" + TO_DAYS(
                        CASE
                          WHEN COALESCE(
                            CASE
                              WHEN "t92"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN TRUE
                              ELSE CAST(NULL AS BOOLEAN)
                            END,
                            FALSE
                          )
                          THEN COALESCE("t92"."exempt_days", 0)
                          ELSE 0
                        END
                      ) AS TIMESTAMP) AS DATE) AS "_due"
                    FROM (
                      SELECT
                        "t91".*
                        EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                      FROM (
                        SELECT
                          "t85"."person_id",
                          "t85"."benefit",
                          "t85"."start_date",
                          "t85"."end_date",
                          "t85"."first_contact_date",
                          "t85"."target_group",
                          "t85"."first_absence_date",
                          "t85"."sickness_category",
                          "t85"."employed",
                          "t85"."handover_date",
                          "t85"."expected_absence_weeks",
                          "t85"."work_obligation",
                          "t85"."municipality",
                          "t85"."early_followup_request_date",
                          "t85"."education_order",
                          "t85"."periods",
                          "t85"."window_start",
                          "t85"."required",
                          "t85"."required_joint",
                          "t85"."in_force",
                          "t85"."_end_unconfirmed",
                          "t85"."due0",
                          "t90"."person_id" AS "person_id_right",
                          "t90"."benefit" AS "benefit_right",
                          "t90"."start_date" AS "start_date_right",
                          "t90"."exempt_days",
                          "t90"."exempt_now",
                          "t90"."exemption_note"
                        FROM (
                          SELECT
                            "t83".*
                            EXCLUDE ("_point")
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
                              "t82"."_point",
                              CAST(CAST("t82"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                            FROM (
                              SELECT
                                "t81".*
                                EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                  "t80"."required",
                                  "t80"."required_joint",
                                  "t80"."in_force",
                                  "t80"."_end_unconfirmed",
                                  "t80"."_plain",
                                  "t80"."_needed",
                                  "t80"."_ipid",
                                  "t80"."_ibenefit",
                                  "t80"."_istart",
                                  "t80"."_i_start",
                                  "t80"."_i_end",
                                  "t80"."_cum",
                                  CASE
                                    WHEN "t80"."_i_start" IS NOT NULL
                                    THEN CAST(CAST("t80"."_i_start" + TO_DAYS(CAST("t80"."_needed" - "t80"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                    ELSE "t80"."_plain"
                                  END AS "_point"
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
                                    "t79"."required",
                                    "t79"."required_joint",
                                    "t79"."in_force",
                                    "t79"."_end_unconfirmed",
                                    "t79"."_plain",
                                    "t79"."_needed",
                                    "t77"."_ipid",
                                    "t77"."_ibenefit",
                                    "t77"."_istart",
                                    "t77"."_i_start",
                                    "t77"."_i_end",
                                    "t77"."_cum"
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
                                      "t74"."start_date" AS "window_start",
                                      COALESCE(
                                        CASE
                                          WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t74"."start_date" >= MAKE_DATE(2024, 1, 1)
                                          THEN 6
                                          WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      ) + COALESCE(0, 0) AS "required",
                                      CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                      (
                                        CASE
                                          WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t74"."start_date" >= MAKE_DATE(2024, 1, 1)
                                          THEN 6
                                          WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NOT NULL
                                      )
                                      AND (
                                        CASE
                                          WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN 6
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NOT NULL
                                      ) AS "in_force",
                                      COALESCE(
                                        (
                                          CASE
                                            WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t74"."start_date" >= MAKE_DATE(2024, 1, 1)
                                            THEN 6
                                            WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            ELSE CAST(NULL AS BIGINT)
                                          END IS NULL
                                        )
                                        AND COALESCE(
                                          ARRAY_CONTAINS(
                                            CASE
                                              WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                            "t74"."benefit"
                                          )
                                          OR ARRAY_CONTAINS(
                                            CASE
                                              WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                            "t74"."benefit" || ':' || COALESCE("t74"."target_group", '')
                                          ),
                                          FALSE
                                        ),
                                        FALSE
                                      ) AS "_end_unconfirmed",
                                      CAST(CAST("t74"."start_date" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN 6
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                                      DATE_DIFF(
                                        'DAY',
                                        "t74"."start_date",
                                        CAST(CAST("t74"."start_date" + TO_MONTHS(
                                          COALESCE(
                                            CASE
                                              WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 6
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          )
                                        ) AS TIMESTAMP) AS DATE)
                                      ) AS "_needed"
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
                                        "t66"."periods"
                                      FROM (
                                        SELECT
                                          "t64"."person_id",
                                          "t64"."benefit",
                                          "t64"."_key" AS "start_date",
                                          CASE
                                            WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                            THEN CAST(NULL AS DATE)
                                            ELSE "t64"."_end"
                                          END AS "end_date",
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
                                          "t64"."periods"
                                        FROM (
                                          SELECT
                                            "t62"."person_id",
                                            "t62"."benefit",
                                            "t62"."_key",
                                            MAX("t62"."_end") AS "_end",
                                            COUNT(*) AS "periods",
                                            FIRST("t62"."first_contact_date" ORDER BY "t62"."start_date") AS "first_contact_date",
                                            FIRST("t62"."target_group" ORDER BY "t62"."start_date") AS "target_group",
                                            FIRST("t62"."first_absence_date" ORDER BY "t62"."start_date") AS "first_absence_date",
                                            FIRST("t62"."sickness_category" ORDER BY "t62"."start_date") AS "sickness_category",
                                            FIRST("t62"."employed" ORDER BY "t62"."start_date") AS "employed",
                                            FIRST("t62"."handover_date" ORDER BY "t62"."start_date") AS "handover_date",
                                            FIRST("t62"."expected_absence_weeks" ORDER BY "t62"."start_date") AS "expected_absence_weeks",
                                            FIRST("t62"."work_obligation" ORDER BY "t62"."start_date") AS "work_obligation",
                                            FIRST("t62"."municipality" ORDER BY "t62"."start_date") AS "municipality",
                                            MIN("t62"."early_followup_request_date") AS "early_followup_request_date",
                                            BOOL_OR(CAST(COALESCE("t62"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                          FROM "t61" AS "t62"
                                          GROUP BY
                                            1,
                                            2,
                                            3
                                        ) AS "t64"
                                        WHERE
                                          "t64"."benefit" IN ('dagpenge')
                                      ) AS "t66"
                                      SEMI JOIN (
                                        SELECT
                                          "t68"."person_id" AS "_k_person_id",
                                          "t68"."benefit" AS "_k_benefit",
                                          "t68"."start_date" AS "_k_start_date"
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
                                            "t66"."periods"
                                          FROM (
                                            SELECT
                                              "t64"."person_id",
                                              "t64"."benefit",
                                              "t64"."_key" AS "start_date",
                                              CASE
                                                WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                                THEN CAST(NULL AS DATE)
                                                ELSE "t64"."_end"
                                              END AS "end_date",
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
                                              "t64"."periods"
                                            FROM (
                                              SELECT
                                                "t62"."person_id",
                                                "t62"."benefit",
                                                "t62"."_key",
                                                MAX("t62"."_end") AS "_end",
                                                COUNT(*) AS "periods",
                                                FIRST("t62"."first_contact_date" ORDER BY "t62"."start_date") AS "first_contact_date",
                                                FIRST("t62"."target_group" ORDER BY "t62"."start_date") AS "target_group",
                                                FIRST("t62"."first_absence_date" ORDER BY "t62"."start_date") AS "first_absence_date",
                                                FIRST("t62"."sickness_category" ORDER BY "t62"."start_date") AS "sickness_category",
                                                FIRST("t62"."employed" ORDER BY "t62"."start_date") AS "employed",
                                                FIRST("t62"."handover_date" ORDER BY "t62"."start_date") AS "handover_date",
                                                FIRST("t62"."expected_absence_weeks" ORDER BY "t62"."start_date") AS "expected_absence_weeks",
                                                FIRST("t62"."work_obligation" ORDER BY "t62"."start_date") AS "work_obligation",
                                                FIRST("t62"."municipality" ORDER BY "t62"."start_date") AS "municipality",
                                                MIN("t62"."early_followup_request_date") AS "early_followup_request_date",
                                                BOOL_OR(CAST(COALESCE("t62"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                              FROM "t61" AS "t62"
                                              GROUP BY
                                                1,
                                                2,
                                                3
                                            ) AS "t64"
                                            WHERE
                                              "t64"."benefit" IN ('dagpenge')
                                          ) AS "t66"
                                          SEMI JOIN (
                                            SELECT
                                              "t2"."person_id" AS "_mpid",
                                              "t2"."start_date" AS "_mstart"
                                            FROM "benefit_periods" AS "t2"
                                            WHERE
                                              "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                          ) AS "t8"
                                            ON "t66"."person_id" = "t8"."_mpid"
                                            AND "t8"."_mstart" >= "t66"."start_date"
                                            AND (
                                              (
                                                "t66"."end_date" IS NULL
                                              ) OR (
                                                "t8"."_mstart" <= "t66"."end_date"
                                              )
                                            )
                                        ) AS "t68"
                                        WHERE
                                          CASE
                                            WHEN "t68"."start_date" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t68"."start_date" >= MAKE_DATE(2024, 1, 1)
                                            THEN 6
                                            WHEN "t68"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            ELSE CAST(NULL AS BIGINT)
                                          END IS NOT NULL
                                      ) AS "t72"
                                        ON "t66"."person_id" = "t72"."_k_person_id"
                                        AND "t66"."benefit" = "t72"."_k_benefit"
                                        AND "t66"."start_date" = "t72"."_k_start_date"
                                    ) AS "t74"
                                  ) AS "t79"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t75"."person_id" AS "_ipid",
                                      "t75"."benefit" AS "_ibenefit",
                                      "t75"."start_date" AS "_istart",
                                      "t75"."i_start" AS "_i_start",
                                      "t75"."i_end" AS "_i_end",
                                      "t75"."cum_before" AS "_cum"
                                    FROM (
                                      SELECT
                                        "t73"."person_id",
                                        "t73"."benefit",
                                        "t73"."_key" AS "start_date",
                                        "t73"."i_start",
                                        "t73"."i_end",
                                        CAST(COALESCE(
                                          SUM("t73"."_len") OVER (
                                            PARTITION BY "t73"."person_id", "t73"."benefit", "t73"."_key"
                                            ORDER BY "t73"."i_start" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                          ),
                                          0
                                        ) AS INT) AS "cum_before"
                                      FROM (
                                        SELECT
                                          "t70"."person_id",
                                          "t70"."benefit",
                                          "t70"."_key",
                                          "t70"."_island",
                                          "t70"."i_start",
                                          "t70"."i_end",
                                          CASE
                                            WHEN "t70"."i_end" = MAKE_DATE(9999, 12, 31)
                                            THEN 0
                                            ELSE DATE_DIFF('DAY', "t70"."i_start", "t70"."i_end") + 1
                                          END AS "_len"
                                        FROM (
                                          SELECT
                                            "t69"."person_id",
                                            "t69"."benefit",
                                            "t69"."_key",
                                            "t69"."_island",
                                            MIN("t69"."start_date") AS "i_start",
                                            MAX("t69"."_end") AS "i_end"
                                          FROM (
                                            SELECT
                                              "t67"."person_id",
                                              "t67"."benefit",
                                              "t67"."start_date",
                                              "t67"."_end",
                                              "t67"."_key",
                                              "t67"."_acc",
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
                                              "t67"."_new",
                                              SUM("t67"."_new") OVER (
                                                PARTITION BY "t67"."person_id", "t67"."benefit", "t67"."_key"
                                                ORDER BY "t67"."start_date" ASC, "t67"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                              ) AS "_island"
                                            FROM (
                                              SELECT
                                                "t63"."person_id",
                                                "t63"."benefit",
                                                "t63"."start_date",
                                                "t63"."_end",
                                                "t63"."_key",
                                                "t63"."_acc",
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
                                                CASE
                                                  WHEN MAX("t63"."_end") OVER (
                                                    PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                    ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ) IS NULL
                                                  THEN 1
                                                  WHEN "t63"."start_date" > CAST(CAST(MAX("t63"."_end") OVER (
                                                    PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                    ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                  THEN 1
                                                  ELSE 0
                                                END AS "_new"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM "t61" AS "t62"
                                                WHERE
                                                  "t62"."_acc"
                                              ) AS "t63"
                                            ) AS "t67"
                                          ) AS "t69"
                                          GROUP BY
                                            1,
                                            2,
                                            3,
                                            4
                                        ) AS "t70"
                                      ) AS "t73"
                                    ) AS "t75"
                                  ) AS "t77"
                                    ON "t79"."person_id" = "t77"."_ipid"
                                    AND "t79"."benefit" = "t77"."_ibenefit"
                                    AND "t79"."start_date" = "t77"."_istart"
                                    AND "t77"."_cum" < "t79"."_needed"
                                    AND (
                                      (
                                        "t77"."_i_end" = MAKE_DATE(9999, 12, 31)
                                      )
                                      OR (
                                        (
                                          "t77"."_cum" + DATE_DIFF('DAY', "t77"."_i_start", "t77"."_i_end") + 1
                                        ) >= "t79"."_needed"
                                      )
                                    )
                                ) AS "t80"
                              ) AS "t81"
                            ) AS "t82"
                          ) AS "t83"
                        ) AS "t85"
                        LEFT OUTER JOIN (
                          SELECT
                            "t88"."person_id",
                            "t88"."benefit",
                            "t88"."start_date",
                            CAST(SUM(
                              DATE_DIFF(
                                'DAY',
                                GREATEST("t88"."_ex_start", "t88"."_from"),
                                LEAST("t88"."_ex_end", "t88"."_to")
                              ) + 1
                            ) AS INT) AS "exempt_days",
                            BOOL_OR(
                              CAST((
                                "t88"."_ex_start" <= CAST($as_of AS DATE)
                              )
                              AND (
                                "t88"."_ex_end" >= CAST($as_of AS DATE)
                              ) AS BOOLEAN)
                            ) AS "exempt_now",
                            LISTAGG(
                              
                                'fritaget ' || CAST("t88"."_ex_start" AS TEXT) || '–' || CAST("t88"."_ex_end" AS TEXT) || ' (' || "t88"."_ex_reason" || ')',
                                ', ' ORDER BY "t88"."_ex_start" ASC
                              
                            ) AS "exemption_note"
                          FROM (
                            SELECT
                              "t87"."person_id",
                              "t87"."benefit",
                              "t87"."start_date",
                              "t87"."_from",
                              "t87"."_to",
                              "t6"."_pid",
                              "t6"."_ex_start",
                              "t6"."_ex_end",
                              "t6"."_ex_reason"
                            FROM (
                              SELECT
                                "t84"."person_id",
                                "t84"."benefit",
                                "t84"."start_date",
                                "t84"."window_start" AS "_from",
                                "t84"."due0" AS "_to"
                              FROM (
                                SELECT
                                  "t83".*
                                  EXCLUDE ("_point")
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
                                    "t82"."_point",
                                    CAST(CAST("t82"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                  FROM (
                                    SELECT
                                      "t81".*
                                      EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                        "t80"."required",
                                        "t80"."required_joint",
                                        "t80"."in_force",
                                        "t80"."_end_unconfirmed",
                                        "t80"."_plain",
                                        "t80"."_needed",
                                        "t80"."_ipid",
                                        "t80"."_ibenefit",
                                        "t80"."_istart",
                                        "t80"."_i_start",
                                        "t80"."_i_end",
                                        "t80"."_cum",
                                        CASE
                                          WHEN "t80"."_i_start" IS NOT NULL
                                          THEN CAST(CAST("t80"."_i_start" + TO_DAYS(CAST("t80"."_needed" - "t80"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                          ELSE "t80"."_plain"
                                        END AS "_point"
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
                                          "t79"."required",
                                          "t79"."required_joint",
                                          "t79"."in_force",
                                          "t79"."_end_unconfirmed",
                                          "t79"."_plain",
                                          "t79"."_needed",
                                          "t77"."_ipid",
                                          "t77"."_ibenefit",
                                          "t77"."_istart",
                                          "t77"."_i_start",
                                          "t77"."_i_end",
                                          "t77"."_cum"
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
                                            "t74"."start_date" AS "window_start",
                                            COALESCE(
                                              CASE
                                                WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t74"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 6
                                                WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            ) + COALESCE(0, 0) AS "required",
                                            CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                            (
                                              CASE
                                                WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t74"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 6
                                                WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                            )
                                            AND (
                                              CASE
                                                WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN 6
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                            ) AS "in_force",
                                            COALESCE(
                                              (
                                                CASE
                                                  WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t74"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 6
                                                  WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NULL
                                              )
                                              AND COALESCE(
                                                ARRAY_CONTAINS(
                                                  CASE
                                                    WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                  "t74"."benefit"
                                                )
                                                OR ARRAY_CONTAINS(
                                                  CASE
                                                    WHEN "t74"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                  "t74"."benefit" || ':' || COALESCE("t74"."target_group", '')
                                                ),
                                                FALSE
                                              ),
                                              FALSE
                                            ) AS "_end_unconfirmed",
                                            CAST(CAST("t74"."start_date" + TO_MONTHS(
                                              COALESCE(
                                                CASE
                                                  WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 6
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              )
                                            ) AS TIMESTAMP) AS DATE) AS "_plain",
                                            DATE_DIFF(
                                              'DAY',
                                              "t74"."start_date",
                                              CAST(CAST("t74"."start_date" + TO_MONTHS(
                                                COALESCE(
                                                  CASE
                                                    WHEN "t74"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 6
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                )
                                              ) AS TIMESTAMP) AS DATE)
                                            ) AS "_needed"
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
                                              "t66"."periods"
                                            FROM (
                                              SELECT
                                                "t64"."person_id",
                                                "t64"."benefit",
                                                "t64"."_key" AS "start_date",
                                                CASE
                                                  WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                                  THEN CAST(NULL AS DATE)
                                                  ELSE "t64"."_end"
                                                END AS "end_date",
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
                                                "t64"."periods"
                                              FROM (
                                                SELECT
                                                  "t62"."person_id",
                                                  "t62"."benefit",
                                                  "t62"."_key",
                                                  MAX("t62"."_end") AS "_end",
                                                  COUNT(*) AS "periods",
                                                  FIRST("t62"."first_contact_date" ORDER BY "t62"."start_date") AS "first_contact_date",
                                                  FIRST("t62"."target_group" ORDER BY "t62"."start_date") AS "target_group",
                                                  FIRST("t62"."first_absence_date" ORDER BY "t62"."start_date") AS "first_absence_date",
                                                  FIRST("t62"."sickness_category" ORDER BY "t62"."start_date") AS "sickness_category",
                                                  FIRST("t62"."employed" ORDER BY "t62"."start_date") AS "employed",
                                                  FIRST("t62"."handover_date" ORDER BY "t62"."start_date") AS "handover_date",
                                                  FIRST("t62"."expected_absence_weeks" ORDER BY "t62"."start_date") AS "expected_absence_weeks",
                                                  FIRST("t62"."work_obligation" ORDER BY "t62"."start_date") AS "work_obligation",
                                                  FIRST("t62"."municipality" ORDER BY "t62"."start_date") AS "municipality",
                                                  MIN("t62"."early_followup_request_date") AS "early_followup_request_date",
                                                  BOOL_OR(CAST(COALESCE("t62"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                FROM "t61" AS "t62"
                                                GROUP BY
                                                  1,
                                                  2,
                                                  3
                                              ) AS "t64"
                                              WHERE
                                                "t64"."benefit" IN ('dagpenge')
                                            ) AS "t66"
                                            SEMI JOIN (
                                              SELECT
                                                "t68"."person_id" AS "_k_person_id",
                                                "t68"."benefit" AS "_k_benefit",
                                                "t68"."start_date" AS "_k_start_date"
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
                                                  "t66"."periods"
                                                FROM (
                                                  SELECT
                                                    "t64"."person_id",
                                                    "t64"."benefit",
                                                    "t64"."_key" AS "start_date",
                                                    CASE
                                                      WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN CAST(NULL AS DATE)
                                                      ELSE "t64"."_end"
                                                    END AS "end_date",
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
                                                    "t64"."periods"
                                                  FROM (
                                                    SELECT
                                                      "t62"."person_id",
                                                      "t62"."benefit",
                                                      "t62"."_key",
                                                      MAX("t62"."_end") AS "_end",
                                                      COUNT(*) AS "periods",
                                                      FIRST("t62"."first_contact_date" ORDER BY "t62"."start_date") AS "first_contact_date",
                                                      FIRST("t62"."target_group" ORDER BY "t62"."start_date") AS "target_group",
                                                      FIRST("t62"."first_absence_date" ORDER BY "t62"."start_date") AS "first_absence_date",
                                                      FIRST("t62"."sickness_category" ORDER BY "t62"."start_date") AS "sickness_category",
                                                      FIRST("t62"."employed" ORDER BY "t62"."start_date") AS "employed",
                                                      FIRST("t62"."handover_date" ORDER BY "t62"."start_date") AS "handover_date",
                                                      FIRST("t62"."expected_absence_weeks" ORDER BY "t62"."start_date") AS "expected_absence_weeks",
                                                      FIRST("t62"."work_obligation" ORDER BY "t62"."start_date") AS "work_obligation",
                                                      FIRST("t62"."municipality" ORDER BY "t62"."start_date") AS "municipality",
                                                      MIN("t62"."early_followup_request_date") AS "early_followup_request_date",
                                                      BOOL_OR(CAST(COALESCE("t62"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                    FROM "t61" AS "t62"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3
                                                  ) AS "t64"
                                                  WHERE
                                                    "t64"."benefit" IN ('dagpenge')
                                                ) AS "t66"
                                                SEMI JOIN (
                                                  SELECT
                                                    "t2"."person_id" AS "_mpid",
                                                    "t2"."start_date" AS "_mstart"
                                                  FROM "benefit_periods" AS "t2"
                                                  WHERE
                                                    "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                ) AS "t8"
                                                  ON "t66"."person_id" = "t8"."_mpid"
                                                  AND "t8"."_mstart" >= "t66"."start_date"
                                                  AND (
                                                    (
                                                      "t66"."end_date" IS NULL
                                                    ) OR (
                                                      "t8"."_mstart" <= "t66"."end_date"
                                                    )
                                                  )
                                              ) AS "t68"
                                              WHERE
                                                CASE
                                                  WHEN "t68"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t68"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 6
                                                  WHEN "t68"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NOT NULL
                                            ) AS "t72"
                                              ON "t66"."person_id" = "t72"."_k_person_id"
                                              AND "t66"."benefit" = "t72"."_k_benefit"
                                              AND "t66"."start_date" = "t72"."_k_start_date"
                                          ) AS "t74"
                                        ) AS "t79"
                                        LEFT OUTER JOIN (
                                          SELECT
                                            "t75"."person_id" AS "_ipid",
                                            "t75"."benefit" AS "_ibenefit",
                                            "t75"."start_date" AS "_istart",
                                            "t75"."i_start" AS "_i_start",
                                            "t75"."i_end" AS "_i_end",
                                            "t75"."cum_before" AS "_cum"
                                          FROM (
                                            SELECT
                                              "t73"."person_id",
                                              "t73"."benefit",
                                              "t73"."_key" AS "start_date",
                                              "t73"."i_start",
                                              "t73"."i_end",
                                              CAST(COALESCE(
                                                SUM("t73"."_len") OVER (
                                                  PARTITION BY "t73"."person_id", "t73"."benefit", "t73"."_key"
                                                  ORDER BY "t73"."i_start" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                ),
                                                0
                                              ) AS INT) AS "cum_before"
                                            FROM (
                                              SELECT
                                                "t70"."person_id",
                                                "t70"."benefit",
                                                "t70"."_key",
                                                "t70"."_island",
                                                "t70"."i_start",
                                                "t70"."i_end",
                                                CASE
                                                  WHEN "t70"."i_end" = MAKE_DATE(9999, 12, 31)
                                                  THEN 0
                                                  ELSE DATE_DIFF('DAY', "t70"."i_start", "t70"."i_end") + 1
                                                END AS "_len"
                                              FROM (
                                                SELECT
                                                  "t69"."person_id",
                                                  "t69"."benefit",
                                                  "t69"."_key",
                                                  "t69"."_island",
                                                  MIN("t69"."start_date") AS "i_start",
                                                  MAX("t69"."_end") AS "i_end"
                                                FROM (
                                                  SELECT
                                                    "t67"."person_id",
                                                    "t67"."benefit",
                                                    "t67"."start_date",
                                                    "t67"."_end",
                                                    "t67"."_key",
                                                    "t67"."_acc",
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
                                                    "t67"."_new",
                                                    SUM("t67"."_new") OVER (
                                                      PARTITION BY "t67"."person_id", "t67"."benefit", "t67"."_key"
                                                      ORDER BY "t67"."start_date" ASC, "t67"."_end" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                    ) AS "_island"
                                                  FROM (
                                                    SELECT
                                                      "t63"."person_id",
                                                      "t63"."benefit",
                                                      "t63"."start_date",
                                                      "t63"."_end",
                                                      "t63"."_key",
                                                      "t63"."_acc",
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
                                                      CASE
                                                        WHEN MAX("t63"."_end") OVER (
                                                          PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                          ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                        ) IS NULL
                                                        THEN 1
                                                        WHEN "t63"."start_date" > CAST(CAST(MAX("t63"."_end") OVER (
                                                          PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                          ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                        THEN 1
                                                        ELSE 0
                                                      END AS "_new"
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM "t61" AS "t62"
                                                      WHERE
                                                        "t62"."_acc"
                                                    ) AS "t63"
                                                  ) AS "t67"
                                                ) AS "t69"
                                                GROUP BY
                                                  1,
                                                  2,
                                                  3,
                                                  4
                                              ) AS "t70"
                                            ) AS "t73"
                                          ) AS "t75"
                                        ) AS "t77"
                                          ON "t79"."person_id" = "t77"."_ipid"
                                          AND "t79"."benefit" = "t77"."_ibenefit"
                                          AND "t79"."start_date" = "t77"."_istart"
                                          AND "t77"."_cum" < "t79"."_needed"
                                          AND (
                                            (
                                              "t77"."_i_end" = MAKE_DATE(9999, 12, 31)
                                            )
                                            OR (
                                              (
                                                "t77"."_cum" + DATE_DIFF('DAY', "t77"."_i_start", "t77"."_i_end") + 1
                                              ) >= "t79"."_needed"
                                            )
                                          )
                                      ) AS "t80"
                                    ) AS "t81"
                                  ) AS "t82"
                                ) AS "t83"
                              ) AS "t84"
                            ) AS "t87"
                            INNER JOIN (
                              SELECT
                                "t0"."person_id" AS "_pid",
                                "t0"."start_date" AS "_ex_start",
                                "t0"."end_date" AS "_ex_end",
                                "t0"."reason" AS "_ex_reason"
                              FROM "exemptions" AS "t0"
                              WHERE
                                "t0"."start_date" <= CAST($as_of AS DATE)
                            ) AS "t6"
                              ON "t87"."person_id" = "t6"."_pid"
                              AND "t6"."_ex_start" <= "t87"."_to"
                              AND "t6"."_ex_end" >= "t87"."_from"
                          ) AS "t88"
                          GROUP BY
                            1,
                            2,
                            3
                        ) AS "t90"
                          ON "t85"."person_id" = "t90"."person_id"
                          AND "t85"."benefit" = "t90"."benefit"
                          AND "t85"."start_date" = "t90"."start_date"
                      ) AS "t91"
                    ) AS "t92"
                  ) AS "t99"
                    ON "t101"."person_id" = "t99"."person_id"
                    AND "t101"."benefit" = "t99"."benefit"
                    AND "t101"."start_date" = "t99"."start_date"
                ) AS "t102"
              ) AS "t103"
              WHERE
                "t103"."_rank" < "t103"."_n"
            ) AS "t104"
            GROUP BY
              1,
              2,
              3
          ) AS "t105"
        ) AS "t106"
      ) AS "t108"
        ON "t98"."person_id" = "t108"."person_id"
        AND "t98"."benefit" = "t108"."benefit"
        AND "t98"."start_date" = "t108"."start_date"
    ) AS "t109"
  ) AS "t110"
) AS "t111"
