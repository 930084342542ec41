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
), "t64" AS (
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
)
SELECT
  "t141"."person_id",
  "t141"."benefit",
  'interviews_6m' AS "kind",
  'dagpenge_interviews_6m' AS "rule_id",
  '1.2.0' AS "rule_version",
  CASE
    WHEN "t141"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025; STAR, generelle spørgsmål og svar om reformen (75 %-krav)'
    WHEN "t141"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31 (LBK nr. 280 af 2024; lov nr. 727 af 13.6.2023 – forenklet kontaktforløb)'
    WHEN "t141"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 31 (LBK nr. 701 af 2022)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t141"."window_start",
  CASE
    WHEN COALESCE("t141"."is_applicable", FALSE)
    THEN "t141"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t141"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t141"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t141"."fulfilled_date" <= "t141"."due_date"
    )
    THEN 'met'
    WHEN "t141"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t141"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t141"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t141"."is_applicable", FALSE)
    THEN "t141"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t141"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t141"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t141"."fulfilled_date" > "t141"."due_date"
    )
    THEN DATE_DIFF('DAY', "t141"."due_date", "t141"."fulfilled_date")
    WHEN NOT (
      "t141"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t141"."is_exempt", FALSE)
    )
    AND (
      "t141"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t141"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t141"."is_applicable", FALSE)
              THEN "t141"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t141"."window_start"
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
              WHEN COALESCE("t141"."is_applicable", FALSE)
              THEN "t141"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t141"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'dagpenge_interviews_6m'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. ' || COALESCE("t141"."evidence", '')
    ELSE COALESCE("t141"."evidence", '')
  END AS "evidence"
FROM (
  SELECT
    "t140"."person_id",
    "t140"."benefit",
    "t140"."start_date",
    "t140"."end_date",
    "t140"."first_contact_date",
    "t140"."target_group",
    "t140"."first_absence_date",
    "t140"."sickness_category",
    "t140"."employed",
    "t140"."handover_date",
    "t140"."expected_absence_weeks",
    "t140"."work_obligation",
    "t140"."municipality",
    "t140"."early_followup_request_date",
    "t140"."education_order",
    "t140"."periods",
    "t140"."window_start",
    "t140"."required",
    "t140"."required_joint",
    "t140"."in_force",
    "t140"."_end_unconfirmed",
    "t140"."due0",
    "t140"."exempt_days",
    "t140"."exempt_now",
    "t140"."exemption_note",
    "t140"."due_date",
    "t140"."_count_from",
    "t140"."nth_date",
    "t140"."counted",
    "t140"."in_window",
    "t140"."listed",
    "t140"."joint_date",
    "t140"."joint_in_window",
    CASE
      WHEN "t140"."required_joint" = 0
      THEN "t140"."nth_date"
      WHEN (
        "t140"."nth_date" IS NOT NULL
      ) AND (
        "t140"."joint_date" IS NOT NULL
      )
      THEN GREATEST("t140"."nth_date", "t140"."joint_date")
      ELSE CAST(NULL AS DATE)
    END AS "fulfilled_date",
    "t140"."in_force"
    AND NOT (
      (
        "t140"."end_date" IS NOT NULL
      )
      AND (
        "t140"."end_date" < "t140"."due_date"
      )
      AND (
        CASE
          WHEN "t140"."required_joint" = 0
          THEN "t140"."nth_date"
          WHEN (
            "t140"."nth_date" IS NOT NULL
          ) AND (
            "t140"."joint_date" IS NOT NULL
          )
          THEN GREATEST("t140"."nth_date", "t140"."joint_date")
          ELSE CAST(NULL AS DATE)
        END IS NULL
      )
    ) AS "is_applicable",
    "t140"."exempt_now" AS "is_exempt",
    CASE
      WHEN "t140"."exemption_note" = ''
      THEN CASE
        WHEN (
          "t140"."end_date" IS NOT NULL
        )
        AND (
          "t140"."end_date" < "t140"."due_date"
        )
        AND (
          CASE
            WHEN "t140"."required_joint" = 0
            THEN "t140"."nth_date"
            WHEN (
              "t140"."nth_date" IS NOT NULL
            ) AND (
              "t140"."joint_date" IS NOT NULL
            )
            THEN GREATEST("t140"."nth_date", "t140"."joint_date")
            ELSE CAST(NULL AS DATE)
          END IS NULL
        )
        THEN CAST(COALESCE("t140"."in_window", 0) AS TEXT) || ' af ' || CAST("t140"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t140"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t140"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t140"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t140"."listed" IS NOT NULL THEN ': ' || "t140"."listed" ELSE '' END || '; ydelsesforløbet sluttede ' || CAST("t140"."end_date" AS TEXT)
        WHEN "t140"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t140"."in_window", 0) AS TEXT) || ' af ' || CAST("t140"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t140"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t140"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t140"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t140"."listed" IS NOT NULL THEN ': ' || "t140"."listed" ELSE '' END
        ELSE CAST(COALESCE("t140"."in_window", 0) AS TEXT) || ' af ' || CAST("t140"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t140"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t140"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t140"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t140"."listed" IS NOT NULL THEN ': ' || "t140"."listed" ELSE '' END
      END
      ELSE CASE
        WHEN (
          "t140"."end_date" IS NOT NULL
        )
        AND (
          "t140"."end_date" < "t140"."due_date"
        )
        AND (
          CASE
            WHEN "t140"."required_joint" = 0
            THEN "t140"."nth_date"
            WHEN (
              "t140"."nth_date" IS NOT NULL
            ) AND (
              "t140"."joint_date" IS NOT NULL
            )
            THEN GREATEST("t140"."nth_date", "t140"."joint_date")
            ELSE CAST(NULL AS DATE)
          END IS NULL
        )
        THEN CAST(COALESCE("t140"."in_window", 0) AS TEXT) || ' af ' || CAST("t140"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t140"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t140"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t140"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t140"."listed" IS NOT NULL THEN ': ' || "t140"."listed" ELSE '' END || '; ydelsesforløbet sluttede ' || CAST("t140"."end_date" AS TEXT)
        WHEN "t140"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t140"."in_window", 0) AS TEXT) || ' af ' || CAST("t140"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t140"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t140"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t140"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t140"."listed" IS NOT NULL THEN ': ' || "t140"."listed" ELSE '' END
        ELSE CAST(COALESCE("t140"."in_window", 0) AS TEXT) || ' af ' || CAST("t140"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t140"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t140"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t140"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t140"."listed" IS NOT NULL THEN ': ' || "t140"."listed" ELSE '' END
      END || '; ' || "t140"."exemption_note"
    END AS "evidence"
  FROM (
    SELECT
      "t139".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t138"."person_id",
        "t138"."benefit",
        "t138"."start_date",
        "t138"."end_date",
        "t138"."first_contact_date",
        "t138"."target_group",
        "t138"."first_absence_date",
        "t138"."sickness_category",
        "t138"."employed",
        "t138"."handover_date",
        "t138"."expected_absence_weeks",
        "t138"."work_obligation",
        "t138"."municipality",
        "t138"."early_followup_request_date",
        "t138"."education_order",
        "t138"."periods",
        "t138"."window_start",
        "t138"."required",
        "t138"."required_joint",
        "t138"."in_force",
        "t138"."_end_unconfirmed",
        "t138"."due0",
        "t138"."exempt_days",
        "t138"."exempt_now",
        "t138"."exemption_note",
        "t138"."due_date",
        "t138"."_count_from",
        "t138"."nth_date",
        "t138"."counted",
        "t138"."in_window",
        "t138"."listed",
        "t135"."person_id" AS "person_id_right",
        "t135"."benefit" AS "benefit_right",
        "t135"."start_date" AS "start_date_right",
        "t135"."joint_date",
        "t135"."joint_in_window"
      FROM (
        SELECT
          "t136".*
          EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
        FROM (
          SELECT
            "t106"."person_id",
            "t106"."benefit",
            "t106"."start_date",
            "t106"."end_date",
            "t106"."first_contact_date",
            "t106"."target_group",
            "t106"."first_absence_date",
            "t106"."sickness_category",
            "t106"."employed",
            "t106"."handover_date",
            "t106"."expected_absence_weeks",
            "t106"."work_obligation",
            "t106"."municipality",
            "t106"."early_followup_request_date",
            "t106"."education_order",
            "t106"."periods",
            "t106"."window_start",
            "t106"."required",
            "t106"."required_joint",
            "t106"."in_force",
            "t106"."_end_unconfirmed",
            "t106"."due0",
            "t106"."exempt_days",
            "t106"."exempt_now",
            "t106"."exemption_note",
            "t106"."due_date",
            "t106"."_count_from",
            "t133"."person_id" AS "person_id_right",
            "t133"."benefit" AS "benefit_right",
            "t133"."start_date" AS "start_date_right",
            "t133"."nth_date",
            "t133"."counted",
            "t133"."in_window",
            "t133"."listed"
          FROM (
            SELECT
              "t104".*
              EXCLUDE ("_acc_point", "_needed", "_plain")
            FROM (
              SELECT
                "t103"."person_id",
                "t103"."benefit",
                "t103"."start_date",
                "t103"."end_date",
                "t103"."first_contact_date",
                "t103"."target_group",
                "t103"."first_absence_date",
                "t103"."sickness_category",
                "t103"."employed",
                "t103"."handover_date",
                "t103"."expected_absence_weeks",
                "t103"."work_obligation",
                "t103"."municipality",
                "t103"."early_followup_request_date",
                "t103"."education_order",
                "t103"."periods",
                "t103"."window_start",
                "t103"."required",
                "t103"."required_joint",
                "t103"."in_force",
                "t103"."_end_unconfirmed",
                "t103"."due0",
                "t103"."exempt_days",
                "t103"."exempt_now",
                "t103"."exemption_note",
                "t103"."due_date",
                "t103"."_plain",
                "t103"."_needed",
                "t103"."_acc_point",
                COALESCE("t103"."_acc_point", "t103"."_plain") AS "_count_from"
              FROM (
                SELECT
                  "t102".*
                  EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                    "t101"."person_id" AS "person_id_right",
                    "t101"."benefit" AS "benefit_right",
                    "t101"."start_date" AS "start_date_right",
                    "t101"."_acc_point"
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
                      "t93"."required",
                      "t93"."required_joint",
                      "t93"."in_force",
                      "t93"."_end_unconfirmed",
                      "t93"."due0",
                      COALESCE("t93"."exempt_days", 0) AS "exempt_days",
                      COALESCE("t93"."exempt_now", FALSE) AS "exempt_now",
                      COALESCE("t93"."exemption_note", '') AS "exemption_note",
                      CAST(CAST("t93"."due0" + TO_DAYS(
                        CASE
                          WHEN COALESCE(
                            CASE
                              WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN TRUE
                              ELSE CAST(NULL AS BOOLEAN)
                            END,
                            FALSE
                          )
                          THEN COALESCE("t93"."exempt_days", 0)
                          ELSE 0
                        END
                      ) AS TIMESTAMP) AS DATE) AS "due_date",
                      CAST(CAST("t93"."window_start" + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t93"."window_start" >= MAKE_DATE(2024, 1, 1)
                            THEN 3
                            WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN 0
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        )
                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                      DATE_DIFF(
                        'DAY',
                        "t93"."window_start",
                        CAST(CAST("t93"."window_start" + TO_MONTHS(
                          COALESCE(
                            CASE
                              WHEN "t93"."window_start" >= MAKE_DATE(2024, 1, 1)
                              THEN 3
                              WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 0
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                      ) AS "_needed"
                    FROM (
                      SELECT
                        "t92".*
                        EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                      FROM (
                        SELECT
                          "t86"."person_id",
                          "t86"."benefit",
                          "t86"."start_date",
                          "t86"."end_date",
                          "t86"."first_contact_date",
                          "t86"."target_group",
                          "t86"."first_absence_date",
                          "t86"."sickness_category",
                          "t86"."employed",
                          "t86"."handover_date",
                          "t86"."expected_absence_weeks",
                          "t86"."work_obligation",
                          "t86"."municipality",
                          "t86"."early_followup_request_date",
                          "t86"."education_order",
                          "t86"."periods",
                          "t86"."window_start",
                          "t86"."required",
                          "t86"."required_joint",
                          "t86"."in_force",
                          "t86"."_end_unconfirmed",
                          "t86"."due0",
                          "t91"."person_id" AS "person_id_right",
                          "t91"."benefit" AS "benefit_right",
                          "t91"."start_date" AS "start_date_right",
                          "t91"."exempt_days",
                          "t91"."exempt_now",
                          "t91"."exemption_note"
                        FROM (
                          SELECT
                            "t84".*
                            EXCLUDE ("_point")
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
                              "t83"."required",
                              "t83"."required_joint",
                              "t83"."in_force",
                              "t83"."_end_unconfirmed",
                              "t83"."_point",
                              CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                            FROM (
                              SELECT
                                "t82".*
                                EXCLUDE ("_acc_point", "_needed", "_plain")
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
                                  "t81"."_acc_point",
                                  COALESCE("t81"."_acc_point", "t81"."_plain") AS "_point"
                                FROM (
                                  SELECT
                                    "t80".*
                                    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                      "t70"."required",
                                      "t70"."required_joint",
                                      "t70"."in_force",
                                      "t70"."_end_unconfirmed",
                                      "t70"."_plain",
                                      "t70"."_needed",
                                      "t79"."person_id" AS "person_id_right",
                                      "t79"."benefit" AS "benefit_right",
                                      "t79"."start_date" AS "start_date_right",
                                      "t79"."_acc_point"
                                    FROM (
                                      SELECT
                                        "t65"."person_id",
                                        "t65"."benefit",
                                        "t65"."_key" AS "start_date",
                                        CASE
                                          WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                          THEN CAST(NULL AS DATE)
                                          ELSE "t65"."_end"
                                        END AS "end_date",
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
                                        "t65"."periods",
                                        "t65"."_key" AS "window_start",
                                        COALESCE(
                                          CASE
                                            WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                            THEN 3
                                            WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                            THEN 4
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        ) + COALESCE(
                                          CASE
                                            WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                            THEN 0
                                            WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                            THEN 0
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        ) AS "required",
                                        COALESCE(
                                          CASE
                                            WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                            THEN 0
                                            WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                            THEN 0
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        ) AS "required_joint",
                                        (
                                          CASE
                                            WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                            THEN 3
                                            WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                            THEN 4
                                            ELSE CAST(NULL AS BIGINT)
                                          END IS NOT NULL
                                        )
                                        AND (
                                          CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                        ) AS "in_force",
                                        COALESCE(
                                          (
                                            CASE
                                              WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                              THEN 4
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NULL
                                          )
                                          AND COALESCE(
                                            ARRAY_CONTAINS(
                                              CASE
                                                WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                              "t65"."benefit"
                                            )
                                            OR ARRAY_CONTAINS(
                                              CASE
                                                WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                              "t65"."benefit" || ':' || COALESCE("t65"."target_group", '')
                                            ),
                                            FALSE
                                          ),
                                          FALSE
                                        ) AS "_end_unconfirmed",
                                        CAST(CAST("t65"."_key" + TO_MONTHS(
                                          COALESCE(
                                            CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                            0
                                          )
                                        ) AS TIMESTAMP) AS DATE) AS "_plain",
                                        DATE_DIFF(
                                          'DAY',
                                          "t65"."_key",
                                          CAST(CAST("t65"."_key" + TO_MONTHS(
                                            COALESCE(
                                              CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                              0
                                            )
                                          ) AS TIMESTAMP) AS DATE)
                                        ) AS "_needed"
                                      FROM "t64" AS "t65"
                                      WHERE
                                        "t65"."benefit" IN ('dagpenge')
                                    ) AS "t70"
                                    LEFT OUTER JOIN (
                                      SELECT
                                        "t77"."person_id",
                                        "t77"."benefit",
                                        "t77"."start_date",
                                        FIRST(
                                          CAST(CAST("t77"."i_start" + TO_DAYS(CAST("t77"."_n" - "t77"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t77"."i_start"
                                        ) AS "_acc_point"
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            "t71"."person_id",
                                            "t71"."benefit",
                                            "t71"."start_date",
                                            "t71"."_n",
                                            "t75"."i_start",
                                            "t75"."i_end",
                                            "t75"."cum_before"
                                          FROM (
                                            SELECT
                                              "t65"."person_id",
                                              "t65"."benefit",
                                              "t65"."_key" AS "start_date",
                                              DATE_DIFF(
                                                'DAY',
                                                "t65"."_key",
                                                CAST(CAST("t65"."_key" + TO_MONTHS(
                                                  COALESCE(
                                                    CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                    0
                                                  )
                                                ) AS TIMESTAMP) AS DATE)
                                              ) AS "_n"
                                            FROM "t64" AS "t65"
                                            WHERE
                                              "t65"."benefit" IN ('dagpenge')
                                              AND COALESCE(
                                                ARRAY_CONTAINS(
                                                  CASE
                                                    WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                    THEN ['dagpenge']
                                                    ELSE CAST(NULL AS TEXT[])
                                                  END,
                                                  "t65"."benefit"
                                                ),
                                                FALSE
                                              )
                                          ) AS "t71"
                                          INNER JOIN (
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
                                                  "t67"."person_id",
                                                  "t67"."benefit",
                                                  "t67"."_key",
                                                  "t67"."_island",
                                                  MIN("t67"."start_date") AS "i_start",
                                                  MAX("t67"."_end") AS "i_end"
                                                FROM (
                                                  SELECT
                                                    "t66"."person_id",
                                                    "t66"."benefit",
                                                    "t66"."start_date",
                                                    "t66"."_end",
                                                    "t66"."_key",
                                                    "t66"."_acc",
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
                                                    "t66"."_new",
                                                    SUM("t66"."_new") OVER (
                                                      PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                      ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
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
                                                  ) AS "t66"
                                                ) AS "t67"
                                                GROUP BY
                                                  1,
                                                  2,
                                                  3,
                                                  4
                                              ) AS "t72"
                                            ) AS "t73"
                                          ) AS "t75"
                                            ON "t71"."person_id" = "t75"."person_id"
                                            AND "t71"."benefit" = "t75"."benefit"
                                            AND "t71"."start_date" = "t75"."start_date"
                                        ) AS "t76"
                                        WHERE
                                          (
                                            "t76"."i_end" = MAKE_DATE(9999, 12, 31)
                                          )
                                          OR (
                                            (
                                              "t76"."cum_before" + DATE_DIFF('DAY', "t76"."i_start", "t76"."i_end") + 1
                                            ) >= "t76"."_n"
                                          )
                                      ) AS "t77"
                                      GROUP BY
                                        1,
                                        2,
                                        3
                                    ) AS "t79"
                                      ON "t70"."person_id" = "t79"."person_id"
                                      AND "t70"."benefit" = "t79"."benefit"
                                      AND "t70"."start_date" = "t79"."start_date"
                                  ) AS "t80"
                                ) AS "t81"
                              ) AS "t82"
                            ) AS "t83"
                          ) AS "t84"
                        ) AS "t86"
                        LEFT OUTER JOIN (
                          SELECT
                            "t89"."person_id",
                            "t89"."benefit",
                            "t89"."start_date",
                            CAST(SUM(
                              DATE_DIFF(
                                'DAY',
                                GREATEST("t89"."_ex_start", "t89"."_from"),
                                LEAST("t89"."_ex_end", "t89"."_to")
                              ) + 1
                            ) AS INT) AS "exempt_days",
                            BOOL_OR(
                              CAST((
                                "t89"."_ex_start" <= CAST($as_of AS DATE)
                              )
                              AND (
                                "t89"."_ex_end" >= CAST($as_of AS DATE)
                              ) AS BOOLEAN)
                            ) AS "exempt_now",
                            LISTAGG(
                              
                                'fritaget ' || CAST("t89"."_ex_start" AS TEXT) || '–' || CAST("t89"."_ex_end" AS TEXT) || ' (' || "t89"."_ex_reason" || ')',
                                ', ' ORDER BY "t89"."_ex_start" ASC
                              
                            ) AS "exemption_note"
                          FROM (
                            SELECT
                              "t88"."person_id",
                              "t88"."benefit",
                              "t88"."start_date",
                              "t88"."_from",
                              "t88"."_to",
                              "t8"."_pid",
                              "t8"."_ex_start",
                              "t8"."_ex_end",
                              "t8"."_ex_reason"
                            FROM (
                              SELECT
                                "t85"."person_id",
                                "t85"."benefit",
                                "t85"."start_date",
                                "t85"."window_start" AS "_from",
                                "t85"."due0" AS "_to"
                              FROM (
                                SELECT
                                  "t84".*
                                  EXCLUDE ("_point")
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
                                    "t83"."required",
                                    "t83"."required_joint",
                                    "t83"."in_force",
                                    "t83"."_end_unconfirmed",
                                    "t83"."_point",
                                    CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                  FROM (
                                    SELECT
                                      "t82".*
                                      EXCLUDE ("_acc_point", "_needed", "_plain")
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
                                        "t81"."_acc_point",
                                        COALESCE("t81"."_acc_point", "t81"."_plain") AS "_point"
                                      FROM (
                                        SELECT
                                          "t80".*
                                          EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                            "t70"."required",
                                            "t70"."required_joint",
                                            "t70"."in_force",
                                            "t70"."_end_unconfirmed",
                                            "t70"."_plain",
                                            "t70"."_needed",
                                            "t79"."person_id" AS "person_id_right",
                                            "t79"."benefit" AS "benefit_right",
                                            "t79"."start_date" AS "start_date_right",
                                            "t79"."_acc_point"
                                          FROM (
                                            SELECT
                                              "t65"."person_id",
                                              "t65"."benefit",
                                              "t65"."_key" AS "start_date",
                                              CASE
                                                WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                THEN CAST(NULL AS DATE)
                                                ELSE "t65"."_end"
                                              END AS "end_date",
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
                                              "t65"."periods",
                                              "t65"."_key" AS "window_start",
                                              COALESCE(
                                                CASE
                                                  WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 3
                                                  WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 4
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) + COALESCE(
                                                CASE
                                                  WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 0
                                                  WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 0
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) AS "required",
                                              COALESCE(
                                                CASE
                                                  WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 0
                                                  WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 0
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) AS "required_joint",
                                              (
                                                CASE
                                                  WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 3
                                                  WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 4
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NOT NULL
                                              )
                                              AND (
                                                CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                              ) AS "in_force",
                                              COALESCE(
                                                (
                                                  CASE
                                                    WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 4
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NULL
                                                )
                                                AND COALESCE(
                                                  ARRAY_CONTAINS(
                                                    CASE
                                                      WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                    "t65"."benefit"
                                                  )
                                                  OR ARRAY_CONTAINS(
                                                    CASE
                                                      WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                    "t65"."benefit" || ':' || COALESCE("t65"."target_group", '')
                                                  ),
                                                  FALSE
                                                ),
                                                FALSE
                                              ) AS "_end_unconfirmed",
                                              CAST(CAST("t65"."_key" + TO_MONTHS(
                                                COALESCE(
                                                  CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                  0
                                                )
                                              ) AS TIMESTAMP) AS DATE) AS "_plain",
                                              DATE_DIFF(
                                                'DAY',
                                                "t65"."_key",
                                                CAST(CAST("t65"."_key" + TO_MONTHS(
                                                  COALESCE(
                                                    CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                    0
                                                  )
                                                ) AS TIMESTAMP) AS DATE)
                                              ) AS "_needed"
                                            FROM "t64" AS "t65"
                                            WHERE
                                              "t65"."benefit" IN ('dagpenge')
                                          ) AS "t70"
                                          LEFT OUTER JOIN (
                                            SELECT
                                              "t77"."person_id",
                                              "t77"."benefit",
                                              "t77"."start_date",
                                              FIRST(
                                                CAST(CAST("t77"."i_start" + TO_DAYS(CAST("t77"."_n" - "t77"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t77"."i_start"
                                              ) AS "_acc_point"
                                            FROM (
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  "t71"."person_id",
                                                  "t71"."benefit",
                                                  "t71"."start_date",
                                                  "t71"."_n",
                                                  "t75"."i_start",
                                                  "t75"."i_end",
                                                  "t75"."cum_before"
                                                FROM (
                                                  SELECT
                                                    "t65"."person_id",
                                                    "t65"."benefit",
                                                    "t65"."_key" AS "start_date",
                                                    DATE_DIFF(
                                                      'DAY',
                                                      "t65"."_key",
                                                      CAST(CAST("t65"."_key" + TO_MONTHS(
                                                        COALESCE(
                                                          CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                          0
                                                        )
                                                      ) AS TIMESTAMP) AS DATE)
                                                    ) AS "_n"
                                                  FROM "t64" AS "t65"
                                                  WHERE
                                                    "t65"."benefit" IN ('dagpenge')
                                                    AND COALESCE(
                                                      ARRAY_CONTAINS(
                                                        CASE
                                                          WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                          THEN ['dagpenge']
                                                          ELSE CAST(NULL AS TEXT[])
                                                        END,
                                                        "t65"."benefit"
                                                      ),
                                                      FALSE
                                                    )
                                                ) AS "t71"
                                                INNER JOIN (
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
                                                        "t67"."person_id",
                                                        "t67"."benefit",
                                                        "t67"."_key",
                                                        "t67"."_island",
                                                        MIN("t67"."start_date") AS "i_start",
                                                        MAX("t67"."_end") AS "i_end"
                                                      FROM (
                                                        SELECT
                                                          "t66"."person_id",
                                                          "t66"."benefit",
                                                          "t66"."start_date",
                                                          "t66"."_end",
                                                          "t66"."_key",
                                                          "t66"."_acc",
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
                                                          "t66"."_new",
                                                          SUM("t66"."_new") OVER (
                                                            PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                            ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
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
                                                        ) AS "t66"
                                                      ) AS "t67"
                                                      GROUP BY
                                                        1,
                                                        2,
                                                        3,
                                                        4
                                                    ) AS "t72"
                                                  ) AS "t73"
                                                ) AS "t75"
                                                  ON "t71"."person_id" = "t75"."person_id"
                                                  AND "t71"."benefit" = "t75"."benefit"
                                                  AND "t71"."start_date" = "t75"."start_date"
                                              ) AS "t76"
                                              WHERE
                                                (
                                                  "t76"."i_end" = MAKE_DATE(9999, 12, 31)
                                                )
                                                OR (
                                                  (
                                                    "t76"."cum_before" + DATE_DIFF('DAY', "t76"."i_start", "t76"."i_end") + 1
                                                  ) >= "t76"."_n"
                                                )
                                            ) AS "t77"
                                            GROUP BY
                                              1,
                                              2,
                                              3
                                          ) AS "t79"
                                            ON "t70"."person_id" = "t79"."person_id"
                                            AND "t70"."benefit" = "t79"."benefit"
                                            AND "t70"."start_date" = "t79"."start_date"
                                        ) AS "t80"
                                      ) AS "t81"
                                    ) AS "t82"
                                  ) AS "t83"
                                ) AS "t84"
                              ) AS "t85"
                            ) AS "t88"
                            INNER JOIN (
                              SELECT
                                "t1"."person_id" AS "_pid",
                                "t1"."start_date" AS "_ex_start",
                                "t1"."end_date" AS "_ex_end",
                                "t1"."reason" AS "_ex_reason"
                              FROM "exemptions" AS "t1"
                              WHERE
                                "t1"."start_date" <= CAST($as_of AS DATE)
                            ) AS "t8"
                              ON "t88"."person_id" = "t8"."_pid"
                              AND "t8"."_ex_start" <= "t88"."_to"
                              AND "t8"."_ex_end" >= "t88"."_from"
                          ) AS "t89"
                          GROUP BY
                            1,
                            2,
                            3
                        ) AS "t91"
                          ON "t86"."person_id" = "t91"."person_id"
                          AND "t86"."benefit" = "t91"."benefit"
                          AND "t86"."start_date" = "t91"."start_date"
                      ) AS "t92"
                    ) AS "t93"
                  ) AS "t97"
                  LEFT OUTER JOIN (
                    SELECT
                      "t99"."person_id",
                      "t99"."benefit",
                      "t99"."start_date",
                      FIRST(
                        CAST(CAST("t99"."i_start" + TO_DAYS(CAST("t99"."_n" - "t99"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t99"."i_start"
                      ) AS "_acc_point"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t96"."person_id",
                          "t96"."benefit",
                          "t96"."start_date",
                          "t96"."_n",
                          "t75"."i_start",
                          "t75"."i_end",
                          "t75"."cum_before"
                        FROM (
                          SELECT
                            "t93"."person_id",
                            "t93"."benefit",
                            "t93"."start_date",
                            DATE_DIFF(
                              'DAY',
                              "t93"."window_start",
                              CAST(CAST("t93"."window_start" + TO_MONTHS(
                                COALESCE(
                                  CASE
                                    WHEN "t93"."window_start" >= MAKE_DATE(2024, 1, 1)
                                    THEN 3
                                    WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 0
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE)
                            ) AS "_n"
                          FROM (
                            SELECT
                              "t92".*
                              EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                            FROM (
                              SELECT
                                "t86"."person_id",
                                "t86"."benefit",
                                "t86"."start_date",
                                "t86"."end_date",
                                "t86"."first_contact_date",
                                "t86"."target_group",
                                "t86"."first_absence_date",
                                "t86"."sickness_category",
                                "t86"."employed",
                                "t86"."handover_date",
                                "t86"."expected_absence_weeks",
                                "t86"."work_obligation",
                                "t86"."municipality",
                                "t86"."early_followup_request_date",
                                "t86"."education_order",
                                "t86"."periods",
                                "t86"."window_start",
                                "t86"."required",
                                "t86"."required_joint",
                                "t86"."in_force",
                                "t86"."_end_unconfirmed",
                                "t86"."due0",
                                "t91"."person_id" AS "person_id_right",
                                "t91"."benefit" AS "benefit_right",
                                "t91"."start_date" AS "start_date_right",
                                "t91"."exempt_days",
                                "t91"."exempt_now",
                                "t91"."exemption_note"
                              FROM (
                                SELECT
                                  "t84".*
                                  EXCLUDE ("_point")
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
                                    "t83"."required",
                                    "t83"."required_joint",
                                    "t83"."in_force",
                                    "t83"."_end_unconfirmed",
                                    "t83"."_point",
                                    CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                  FROM (
                                    SELECT
                                      "t82".*
                                      EXCLUDE ("_acc_point", "_needed", "_plain")
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
                                        "t81"."_acc_point",
                                        COALESCE("t81"."_acc_point", "t81"."_plain") AS "_point"
                                      FROM (
                                        SELECT
                                          "t80".*
                                          EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                            "t70"."required",
                                            "t70"."required_joint",
                                            "t70"."in_force",
                                            "t70"."_end_unconfirmed",
                                            "t70"."_plain",
                                            "t70"."_needed",
                                            "t79"."person_id" AS "person_id_right",
                                            "t79"."benefit" AS "benefit_right",
                                            "t79"."start_date" AS "start_date_right",
                                            "t79"."_acc_point"
                                          FROM (
                                            SELECT
                                              "t65"."person_id",
                                              "t65"."benefit",
                                              "t65"."_key" AS "start_date",
                                              CASE
                                                WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                THEN CAST(NULL AS DATE)
                                                ELSE "t65"."_end"
                                              END AS "end_date",
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
                                              "t65"."periods",
                                              "t65"."_key" AS "window_start",
                                              COALESCE(
                                                CASE
                                                  WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 3
                                                  WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 4
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) + COALESCE(
                                                CASE
                                                  WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 0
                                                  WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 0
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) AS "required",
                                              COALESCE(
                                                CASE
                                                  WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 0
                                                  WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 0
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) AS "required_joint",
                                              (
                                                CASE
                                                  WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 3
                                                  WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 4
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NOT NULL
                                              )
                                              AND (
                                                CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                              ) AS "in_force",
                                              COALESCE(
                                                (
                                                  CASE
                                                    WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 4
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NULL
                                                )
                                                AND COALESCE(
                                                  ARRAY_CONTAINS(
                                                    CASE
                                                      WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                    "t65"."benefit"
                                                  )
                                                  OR ARRAY_CONTAINS(
                                                    CASE
                                                      WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                    "t65"."benefit" || ':' || COALESCE("t65"."target_group", '')
                                                  ),
                                                  FALSE
                                                ),
                                                FALSE
                                              ) AS "_end_unconfirmed",
                                              CAST(CAST("t65"."_key" + TO_MONTHS(
                                                COALESCE(
                                                  CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                  0
                                                )
                                              ) AS TIMESTAMP) AS DATE) AS "_plain",
                                              DATE_DIFF(
                                                'DAY',
                                                "t65"."_key",
                                                CAST(CAST("t65"."_key" + TO_MONTHS(
                                                  COALESCE(
                                                    CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                    0
                                                  )
                                                ) AS TIMESTAMP) AS DATE)
                                              ) AS "_needed"
                                            FROM "t64" AS "t65"
                                            WHERE
                                              "t65"."benefit" IN ('dagpenge')
                                          ) AS "t70"
                                          LEFT OUTER JOIN (
                                            SELECT
                                              "t77"."person_id",
                                              "t77"."benefit",
                                              "t77"."start_date",
                                              FIRST(
                                                CAST(CAST("t77"."i_start" + TO_DAYS(CAST("t77"."_n" - "t77"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t77"."i_start"
                                              ) AS "_acc_point"
                                            FROM (
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  "t71"."person_id",
                                                  "t71"."benefit",
                                                  "t71"."start_date",
                                                  "t71"."_n",
                                                  "t75"."i_start",
                                                  "t75"."i_end",
                                                  "t75"."cum_before"
                                                FROM (
                                                  SELECT
                                                    "t65"."person_id",
                                                    "t65"."benefit",
                                                    "t65"."_key" AS "start_date",
                                                    DATE_DIFF(
                                                      'DAY',
                                                      "t65"."_key",
                                                      CAST(CAST("t65"."_key" + TO_MONTHS(
                                                        COALESCE(
                                                          CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                          0
                                                        )
                                                      ) AS TIMESTAMP) AS DATE)
                                                    ) AS "_n"
                                                  FROM "t64" AS "t65"
                                                  WHERE
                                                    "t65"."benefit" IN ('dagpenge')
                                                    AND COALESCE(
                                                      ARRAY_CONTAINS(
                                                        CASE
                                                          WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                          THEN ['dagpenge']
                                                          ELSE CAST(NULL AS TEXT[])
                                                        END,
                                                        "t65"."benefit"
                                                      ),
                                                      FALSE
                                                    )
                                                ) AS "t71"
                                                INNER JOIN (
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
                                                        "t67"."person_id",
                                                        "t67"."benefit",
                                                        "t67"."_key",
                                                        "t67"."_island",
                                                        MIN("t67"."start_date") AS "i_start",
                                                        MAX("t67"."_end") AS "i_end"
                                                      FROM (
                                                        SELECT
                                                          "t66"."person_id",
                                                          "t66"."benefit",
                                                          "t66"."start_date",
                                                          "t66"."_end",
                                                          "t66"."_key",
                                                          "t66"."_acc",
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
                                                          "t66"."_new",
                                                          SUM("t66"."_new") OVER (
                                                            PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                            ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
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
                                                        ) AS "t66"
                                                      ) AS "t67"
                                                      GROUP BY
                                                        1,
                                                        2,
                                                        3,
                                                        4
                                                    ) AS "t72"
                                                  ) AS "t73"
                                                ) AS "t75"
                                                  ON "t71"."person_id" = "t75"."person_id"
                                                  AND "t71"."benefit" = "t75"."benefit"
                                                  AND "t71"."start_date" = "t75"."start_date"
                                              ) AS "t76"
                                              WHERE
                                                (
                                                  "t76"."i_end" = MAKE_DATE(9999, 12, 31)
                                                )
                                                OR (
                                                  (
                                                    "t76"."cum_before" + DATE_DIFF('DAY', "t76"."i_start", "t76"."i_end") + 1
                                                  ) >= "t76"."_n"
                                                )
                                            ) AS "t77"
                                            GROUP BY
                                              1,
                                              2,
                                              3
                                          ) AS "t79"
                                            ON "t70"."person_id" = "t79"."person_id"
                                            AND "t70"."benefit" = "t79"."benefit"
                                            AND "t70"."start_date" = "t79"."start_date"
                                        ) AS "t80"
                                      ) AS "t81"
                                    ) AS "t82"
                                  ) AS "t83"
                                ) AS "t84"
                              ) AS "t86"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t89"."person_id",
                                  "t89"."benefit",
                                  "t89"."start_date",
                                  CAST(SUM(
                                    DATE_DIFF(
                                      'DAY',
                                      GREATEST("t89"."_ex_start", "t89"."_from"),
                                      LEAST("t89"."_ex_end", "t89"."_to")
                                    ) + 1
                                  ) AS INT) AS "exempt_days",
                                  BOOL_OR(
                                    CAST((
                                      "t89"."_ex_start" <= CAST($as_of AS DATE)
                                    )
                                    AND (
                                      "t89"."_ex_end" >= CAST($as_of AS DATE)
                                    ) AS BOOLEAN)
                                  ) AS "exempt_now",
                                  LISTAGG(
                                    
                                      'fritaget ' || CAST("t89"."_ex_start" AS TEXT) || '–' || CAST("t89"."_ex_end" AS TEXT) || ' (' || "t89"."_ex_reason" || ')',
                                      ', ' ORDER BY "t89"."_ex_start" ASC
                                    
                                  ) AS "exemption_note"
                                FROM (
                                  SELECT
                                    "t88"."person_id",
                                    "t88"."benefit",
                                    "t88"."start_date",
                                    "t88"."_from",
                                    "t88"."_to",
                                    "t8"."_pid",
                                    "t8"."_ex_start",
                                    "t8"."_ex_end",
                                    "t8"."_ex_reason"
                                  FROM (
                                    SELECT
                                      "t85"."person_id",
                                      "t85"."benefit",
                                      "t85"."start_date",
                                      "t85"."window_start" AS "_from",
                                      "t85"."due0" AS "_to"
                                    FROM (
                                      SELECT
                                        "t84".*
                                        EXCLUDE ("_point")
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
                                          "t83"."required",
                                          "t83"."required_joint",
                                          "t83"."in_force",
                                          "t83"."_end_unconfirmed",
                                          "t83"."_point",
                                          CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                        FROM (
                                          SELECT
                                            "t82".*
                                            EXCLUDE ("_acc_point", "_needed", "_plain")
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
                                              "t81"."_acc_point",
                                              COALESCE("t81"."_acc_point", "t81"."_plain") AS "_point"
                                            FROM (
                                              SELECT
                                                "t80".*
                                                EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                                  "t70"."required",
                                                  "t70"."required_joint",
                                                  "t70"."in_force",
                                                  "t70"."_end_unconfirmed",
                                                  "t70"."_plain",
                                                  "t70"."_needed",
                                                  "t79"."person_id" AS "person_id_right",
                                                  "t79"."benefit" AS "benefit_right",
                                                  "t79"."start_date" AS "start_date_right",
                                                  "t79"."_acc_point"
                                                FROM (
                                                  SELECT
                                                    "t65"."person_id",
                                                    "t65"."benefit",
                                                    "t65"."_key" AS "start_date",
                                                    CASE
                                                      WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN CAST(NULL AS DATE)
                                                      ELSE "t65"."_end"
                                                    END AS "end_date",
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
                                                    "t65"."periods",
                                                    "t65"."_key" AS "window_start",
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) + COALESCE(
                                                      CASE
                                                        WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 0
                                                        WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 0
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) AS "required",
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 0
                                                        WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 0
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) AS "required_joint",
                                                    (
                                                      CASE
                                                        WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NOT NULL
                                                    )
                                                    AND (
                                                      CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                    ) AS "in_force",
                                                    COALESCE(
                                                      (
                                                        CASE
                                                          WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NULL
                                                      )
                                                      AND COALESCE(
                                                        ARRAY_CONTAINS(
                                                          CASE
                                                            WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                          "t65"."benefit"
                                                        )
                                                        OR ARRAY_CONTAINS(
                                                          CASE
                                                            WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                          "t65"."benefit" || ':' || COALESCE("t65"."target_group", '')
                                                        ),
                                                        FALSE
                                                      ),
                                                      FALSE
                                                    ) AS "_end_unconfirmed",
                                                    CAST(CAST("t65"."_key" + TO_MONTHS(
                                                      COALESCE(
                                                        CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                        0
                                                      )
                                                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                    DATE_DIFF(
                                                      'DAY',
                                                      "t65"."_key",
                                                      CAST(CAST("t65"."_key" + TO_MONTHS(
                                                        COALESCE(
                                                          CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                          0
                                                        )
                                                      ) AS TIMESTAMP) AS DATE)
                                                    ) AS "_needed"
                                                  FROM "t64" AS "t65"
                                                  WHERE
                                                    "t65"."benefit" IN ('dagpenge')
                                                ) AS "t70"
                                                LEFT OUTER JOIN (
                                                  SELECT
                                                    "t77"."person_id",
                                                    "t77"."benefit",
                                                    "t77"."start_date",
                                                    FIRST(
                                                      CAST(CAST("t77"."i_start" + TO_DAYS(CAST("t77"."_n" - "t77"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t77"."i_start"
                                                    ) AS "_acc_point"
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM (
                                                      SELECT
                                                        "t71"."person_id",
                                                        "t71"."benefit",
                                                        "t71"."start_date",
                                                        "t71"."_n",
                                                        "t75"."i_start",
                                                        "t75"."i_end",
                                                        "t75"."cum_before"
                                                      FROM (
                                                        SELECT
                                                          "t65"."person_id",
                                                          "t65"."benefit",
                                                          "t65"."_key" AS "start_date",
                                                          DATE_DIFF(
                                                            'DAY',
                                                            "t65"."_key",
                                                            CAST(CAST("t65"."_key" + TO_MONTHS(
                                                              COALESCE(
                                                                CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                0
                                                              )
                                                            ) AS TIMESTAMP) AS DATE)
                                                          ) AS "_n"
                                                        FROM "t64" AS "t65"
                                                        WHERE
                                                          "t65"."benefit" IN ('dagpenge')
                                                          AND COALESCE(
                                                            ARRAY_CONTAINS(
                                                              CASE
                                                                WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                THEN ['dagpenge']
                                                                ELSE CAST(NULL AS TEXT[])
                                                              END,
                                                              "t65"."benefit"
                                                            ),
                                                            FALSE
                                                          )
                                                      ) AS "t71"
                                                      INNER JOIN (
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
                                                              "t67"."person_id",
                                                              "t67"."benefit",
                                                              "t67"."_key",
                                                              "t67"."_island",
                                                              MIN("t67"."start_date") AS "i_start",
                                                              MAX("t67"."_end") AS "i_end"
                                                            FROM (
                                                              SELECT
                                                                "t66"."person_id",
                                                                "t66"."benefit",
                                                                "t66"."start_date",
                                                                "t66"."_end",
                                                                "t66"."_key",
                                                                "t66"."_acc",
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
                                                                "t66"."_new",
                                                                SUM("t66"."_new") OVER (
                                                                  PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                                  ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
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
                                                              ) AS "t66"
                                                            ) AS "t67"
                                                            GROUP BY
                                                              1,
                                                              2,
                                                              3,
                                                              4
                                                          ) AS "t72"
                                                        ) AS "t73"
                                                      ) AS "t75"
                                                        ON "t71"."person_id" = "t75"."person_id"
                                                        AND "t71"."benefit" = "t75"."benefit"
                                                        AND "t71"."start_date" = "t75"."start_date"
                                                    ) AS "t76"
                                                    WHERE
                                                      (
                                                        "t76"."i_end" = MAKE_DATE(9999, 12, 31)
                                                      )
                                                      OR (
                                                        (
                                                          "t76"."cum_before" + DATE_DIFF('DAY', "t76"."i_start", "t76"."i_end") + 1
                                                        ) >= "t76"."_n"
                                                      )
                                                  ) AS "t77"
                                                  GROUP BY
                                                    1,
                                                    2,
                                                    3
                                                ) AS "t79"
                                                  ON "t70"."person_id" = "t79"."person_id"
                                                  AND "t70"."benefit" = "t79"."benefit"
                                                  AND "t70"."start_date" = "t79"."start_date"
                                              ) AS "t80"
                                            ) AS "t81"
                                          ) AS "t82"
                                        ) AS "t83"
                                      ) AS "t84"
                                    ) AS "t85"
                                  ) AS "t88"
                                  INNER JOIN (
                                    SELECT
                                      "t1"."person_id" AS "_pid",
                                      "t1"."start_date" AS "_ex_start",
                                      "t1"."end_date" AS "_ex_end",
                                      "t1"."reason" AS "_ex_reason"
                                    FROM "exemptions" AS "t1"
                                    WHERE
                                      "t1"."start_date" <= CAST($as_of AS DATE)
                                  ) AS "t8"
                                    ON "t88"."person_id" = "t8"."_pid"
                                    AND "t8"."_ex_start" <= "t88"."_to"
                                    AND "t8"."_ex_end" >= "t88"."_from"
                                ) AS "t89"
                                GROUP BY
                                  1,
                                  2,
                                  3
                              ) AS "t91"
                                ON "t86"."person_id" = "t91"."person_id"
                                AND "t86"."benefit" = "t91"."benefit"
                                AND "t86"."start_date" = "t91"."start_date"
                            ) AS "t92"
                          ) AS "t93"
                          WHERE
                            COALESCE(
                              ARRAY_CONTAINS(
                                CASE
                                  WHEN "t93"."start_date" >= MAKE_DATE(2020, 1, 1)
                                  THEN ['dagpenge']
                                  ELSE CAST(NULL AS TEXT[])
                                END,
                                "t93"."benefit"
                              ),
                              FALSE
                            )
                        ) AS "t96"
                        INNER JOIN (
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
                                "t67"."person_id",
                                "t67"."benefit",
                                "t67"."_key",
                                "t67"."_island",
                                MIN("t67"."start_date") AS "i_start",
                                MAX("t67"."_end") AS "i_end"
                              FROM (
                                SELECT
                                  "t66"."person_id",
                                  "t66"."benefit",
                                  "t66"."start_date",
                                  "t66"."_end",
                                  "t66"."_key",
                                  "t66"."_acc",
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
                                  "t66"."_new",
                                  SUM("t66"."_new") OVER (
                                    PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                    ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
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
                                ) AS "t66"
                              ) AS "t67"
                              GROUP BY
                                1,
                                2,
                                3,
                                4
                            ) AS "t72"
                          ) AS "t73"
                        ) AS "t75"
                          ON "t96"."person_id" = "t75"."person_id"
                          AND "t96"."benefit" = "t75"."benefit"
                          AND "t96"."start_date" = "t75"."start_date"
                      ) AS "t98"
                      WHERE
                        (
                          "t98"."i_end" = MAKE_DATE(9999, 12, 31)
                        )
                        OR (
                          (
                            "t98"."cum_before" + DATE_DIFF('DAY', "t98"."i_start", "t98"."i_end") + 1
                          ) >= "t98"."_n"
                        )
                    ) AS "t99"
                    GROUP BY
                      1,
                      2,
                      3
                  ) AS "t101"
                    ON "t97"."person_id" = "t101"."person_id"
                    AND "t97"."benefit" = "t101"."benefit"
                    AND "t97"."start_date" = "t101"."start_date"
                ) AS "t102"
              ) AS "t103"
            ) AS "t104"
          ) AS "t106"
          LEFT OUTER JOIN (
            SELECT
              "t130".*
              EXCLUDE ("_need")
            FROM (
              SELECT
                "t128"."person_id",
                "t128"."benefit",
                "t128"."start_date",
                CASE
                  WHEN "t128"."counted" >= "t128"."_need"
                  THEN "t128"."nth_date"
                  ELSE CAST(NULL AS DATE)
                END AS "nth_date",
                "t128"."counted",
                "t128"."in_window",
                "t128"."listed",
                "t128"."_need"
              FROM (
                SELECT
                  "t126"."person_id",
                  "t126"."benefit",
                  "t126"."start_date",
                  MAX("t126"."date") AS "nth_date",
                  COUNT(*) AS "counted",
                  SUM(CAST("t126"."date" <= "t126"."_due" AS INT)) AS "in_window",
                  LISTAGG("t126"."description", ', ' ORDER BY "t126"."date" ASC) AS "listed",
                  MAX("t126"."_n") AS "_need"
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t122"."person_id",
                      "t122"."benefit",
                      "t122"."start_date",
                      "t122"."date",
                      "t122"."description",
                      "t122"."_n",
                      "t122"."_due",
                      ROW_NUMBER() OVER (
                        PARTITION BY "t122"."person_id", "t122"."benefit", "t122"."start_date"
                        ORDER BY "t122"."date" ASC, "t122"."description" ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                      ) - 1 AS "_rank"
                    FROM (
                      SELECT
                        "t120"."person_id",
                        "t120"."benefit",
                        "t120"."start_date",
                        "t120"."date",
                        "t120"."description",
                        "t110"."_n",
                        "t110"."_due"
                      FROM (
                        SELECT
                          "t116"."person_id",
                          "t116"."benefit",
                          "t116"."start_date",
                          "t116"."date",
                          "t116"."kind" || ' ' || CAST("t116"."date" AS TEXT) || ' (' || "t116"."form" || ', ' || "t116"."held_by" || ')' AS "description"
                        FROM (
                          SELECT
                            "t114"."person_id",
                            "t114"."benefit",
                            "t114"."start_date",
                            "t114"."window_start",
                            "t114"."_first",
                            "t114"."_last",
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
                              "t105"."person_id",
                              "t105"."benefit",
                              "t105"."start_date",
                              "t105"."window_start",
                              "t105"."_count_from" AS "_first",
                              COALESCE("t105"."end_date", CAST($as_of AS DATE)) AS "_last"
                            FROM (
                              SELECT
                                "t104".*
                                EXCLUDE ("_acc_point", "_needed", "_plain")
                              FROM (
                                SELECT
                                  "t103"."person_id",
                                  "t103"."benefit",
                                  "t103"."start_date",
                                  "t103"."end_date",
                                  "t103"."first_contact_date",
                                  "t103"."target_group",
                                  "t103"."first_absence_date",
                                  "t103"."sickness_category",
                                  "t103"."employed",
                                  "t103"."handover_date",
                                  "t103"."expected_absence_weeks",
                                  "t103"."work_obligation",
                                  "t103"."municipality",
                                  "t103"."early_followup_request_date",
                                  "t103"."education_order",
                                  "t103"."periods",
                                  "t103"."window_start",
                                  "t103"."required",
                                  "t103"."required_joint",
                                  "t103"."in_force",
                                  "t103"."_end_unconfirmed",
                                  "t103"."due0",
                                  "t103"."exempt_days",
                                  "t103"."exempt_now",
                                  "t103"."exemption_note",
                                  "t103"."due_date",
                                  "t103"."_plain",
                                  "t103"."_needed",
                                  "t103"."_acc_point",
                                  COALESCE("t103"."_acc_point", "t103"."_plain") AS "_count_from"
                                FROM (
                                  SELECT
                                    "t102".*
                                    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                      "t101"."person_id" AS "person_id_right",
                                      "t101"."benefit" AS "benefit_right",
                                      "t101"."start_date" AS "start_date_right",
                                      "t101"."_acc_point"
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
                                        "t93"."required",
                                        "t93"."required_joint",
                                        "t93"."in_force",
                                        "t93"."_end_unconfirmed",
                                        "t93"."due0",
                                        COALESCE("t93"."exempt_days", 0) AS "exempt_days",
                                        COALESCE("t93"."exempt_now", FALSE) AS "exempt_now",
                                        COALESCE("t93"."exemption_note", '') AS "exemption_note",
                                        CAST(CAST("t93"."due0" + TO_DAYS(
                                          CASE
                                            WHEN COALESCE(
                                              CASE
                                                WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                THEN TRUE
                                                ELSE CAST(NULL AS BOOLEAN)
                                              END,
                                              FALSE
                                            )
                                            THEN COALESCE("t93"."exempt_days", 0)
                                            ELSE 0
                                          END
                                        ) AS TIMESTAMP) AS DATE) AS "due_date",
                                        CAST(CAST("t93"."window_start" + TO_MONTHS(
                                          COALESCE(
                                            CASE
                                              WHEN "t93"."window_start" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                              THEN 0
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          )
                                        ) AS TIMESTAMP) AS DATE) AS "_plain",
                                        DATE_DIFF(
                                          'DAY',
                                          "t93"."window_start",
                                          CAST(CAST("t93"."window_start" + TO_MONTHS(
                                            COALESCE(
                                              CASE
                                                WHEN "t93"."window_start" >= MAKE_DATE(2024, 1, 1)
                                                THEN 3
                                                WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                THEN 0
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            )
                                          ) AS TIMESTAMP) AS DATE)
                                        ) AS "_needed"
                                      FROM (
                                        SELECT
                                          "t92".*
                                          EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                                        FROM (
                                          SELECT
                                            "t86"."person_id",
                                            "t86"."benefit",
                                            "t86"."start_date",
                                            "t86"."end_date",
                                            "t86"."first_contact_date",
                                            "t86"."target_group",
                                            "t86"."first_absence_date",
                                            "t86"."sickness_category",
                                            "t86"."employed",
                                            "t86"."handover_date",
                                            "t86"."expected_absence_weeks",
                                            "t86"."work_obligation",
                                            "t86"."municipality",
                                            "t86"."early_followup_request_date",
                                            "t86"."education_order",
                                            "t86"."periods",
                                            "t86"."window_start",
                                            "t86"."required",
                                            "t86"."required_joint",
                                            "t86"."in_force",
                                            "t86"."_end_unconfirmed",
                                            "t86"."due0",
                                            "t91"."person_id" AS "person_id_right",
                                            "t91"."benefit" AS "benefit_right",
                                            "t91"."start_date" AS "start_date_right",
                                            "t91"."exempt_days",
                                            "t91"."exempt_now",
                                            "t91"."exemption_note"
                                          FROM (
                                            SELECT
                                              "t84".*
                                              EXCLUDE ("_point")
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
                                                "t83"."required",
                                                "t83"."required_joint",
                                                "t83"."in_force",
                                                "t83"."_end_unconfirmed",
                                                "t83"."_point",
                                                CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                              FROM (
                                                SELECT
                                                  "t82".*
                                                  EXCLUDE ("_acc_point", "_needed", "_plain")
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
                                                    "t81"."_acc_point",
                                                    COALESCE("t81"."_acc_point", "t81"."_plain") AS "_point"
                                                  FROM (
                                                    SELECT
                                                      "t80".*
                                                      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                                        "t70"."required",
                                                        "t70"."required_joint",
                                                        "t70"."in_force",
                                                        "t70"."_end_unconfirmed",
                                                        "t70"."_plain",
                                                        "t70"."_needed",
                                                        "t79"."person_id" AS "person_id_right",
                                                        "t79"."benefit" AS "benefit_right",
                                                        "t79"."start_date" AS "start_date_right",
                                                        "t79"."_acc_point"
                                                      FROM (
                                                        SELECT
                                                          "t65"."person_id",
                                                          "t65"."benefit",
                                                          "t65"."_key" AS "start_date",
                                                          CASE
                                                            WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                            THEN CAST(NULL AS DATE)
                                                            ELSE "t65"."_end"
                                                          END AS "end_date",
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
                                                          "t65"."periods",
                                                          "t65"."_key" AS "window_start",
                                                          COALESCE(
                                                            CASE
                                                              WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 3
                                                              WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 4
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          ) + COALESCE(
                                                            CASE
                                                              WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 0
                                                              WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 0
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          ) AS "required",
                                                          COALESCE(
                                                            CASE
                                                              WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 0
                                                              WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 0
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          ) AS "required_joint",
                                                          (
                                                            CASE
                                                              WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 3
                                                              WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 4
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END IS NOT NULL
                                                          )
                                                          AND (
                                                            CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                          ) AS "in_force",
                                                          COALESCE(
                                                            (
                                                              CASE
                                                                WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 3
                                                                WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 4
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END IS NULL
                                                            )
                                                            AND COALESCE(
                                                              ARRAY_CONTAINS(
                                                                CASE
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                "t65"."benefit"
                                                              )
                                                              OR ARRAY_CONTAINS(
                                                                CASE
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                "t65"."benefit" || ':' || COALESCE("t65"."target_group", '')
                                                              ),
                                                              FALSE
                                                            ),
                                                            FALSE
                                                          ) AS "_end_unconfirmed",
                                                          CAST(CAST("t65"."_key" + TO_MONTHS(
                                                            COALESCE(
                                                              CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                              0
                                                            )
                                                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                          DATE_DIFF(
                                                            'DAY',
                                                            "t65"."_key",
                                                            CAST(CAST("t65"."_key" + TO_MONTHS(
                                                              COALESCE(
                                                                CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                0
                                                              )
                                                            ) AS TIMESTAMP) AS DATE)
                                                          ) AS "_needed"
                                                        FROM "t64" AS "t65"
                                                        WHERE
                                                          "t65"."benefit" IN ('dagpenge')
                                                      ) AS "t70"
                                                      LEFT OUTER JOIN (
                                                        SELECT
                                                          "t77"."person_id",
                                                          "t77"."benefit",
                                                          "t77"."start_date",
                                                          FIRST(
                                                            CAST(CAST("t77"."i_start" + TO_DAYS(CAST("t77"."_n" - "t77"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t77"."i_start"
                                                          ) AS "_acc_point"
                                                        FROM (
                                                          SELECT
                                                            *
                                                          FROM (
                                                            SELECT
                                                              "t71"."person_id",
                                                              "t71"."benefit",
                                                              "t71"."start_date",
                                                              "t71"."_n",
                                                              "t75"."i_start",
                                                              "t75"."i_end",
                                                              "t75"."cum_before"
                                                            FROM (
                                                              SELECT
                                                                "t65"."person_id",
                                                                "t65"."benefit",
                                                                "t65"."_key" AS "start_date",
                                                                DATE_DIFF(
                                                                  'DAY',
                                                                  "t65"."_key",
                                                                  CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                    COALESCE(
                                                                      CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                      0
                                                                    )
                                                                  ) AS TIMESTAMP) AS DATE)
                                                                ) AS "_n"
                                                              FROM "t64" AS "t65"
                                                              WHERE
                                                                "t65"."benefit" IN ('dagpenge')
                                                                AND COALESCE(
                                                                  ARRAY_CONTAINS(
                                                                    CASE
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                      THEN ['dagpenge']
                                                                      ELSE CAST(NULL AS TEXT[])
                                                                    END,
                                                                    "t65"."benefit"
                                                                  ),
                                                                  FALSE
                                                                )
                                                            ) AS "t71"
                                                            INNER JOIN (
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
                                                                    "t67"."person_id",
                                                                    "t67"."benefit",
                                                                    "t67"."_key",
                                                                    "t67"."_island",
                                                                    MIN("t67"."start_date") AS "i_start",
                                                                    MAX("t67"."_end") AS "i_end"
                                                                  FROM (
                                                                    SELECT
                                                                      "t66"."person_id",
                                                                      "t66"."benefit",
                                                                      "t66"."start_date",
                                                                      "t66"."_end",
                                                                      "t66"."_key",
                                                                      "t66"."_acc",
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
                                                                      "t66"."_new",
                                                                      SUM("t66"."_new") OVER (
                                                                        PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                                        ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
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
                                                                    ) AS "t66"
                                                                  ) AS "t67"
                                                                  GROUP BY
                                                                    1,
                                                                    2,
                                                                    3,
                                                                    4
                                                                ) AS "t72"
                                                              ) AS "t73"
                                                            ) AS "t75"
                                                              ON "t71"."person_id" = "t75"."person_id"
                                                              AND "t71"."benefit" = "t75"."benefit"
                                                              AND "t71"."start_date" = "t75"."start_date"
                                                          ) AS "t76"
                                                          WHERE
                                                            (
                                                              "t76"."i_end" = MAKE_DATE(9999, 12, 31)
                                                            )
                                                            OR (
                                                              (
                                                                "t76"."cum_before" + DATE_DIFF('DAY', "t76"."i_start", "t76"."i_end") + 1
                                                              ) >= "t76"."_n"
                                                            )
                                                        ) AS "t77"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3
                                                      ) AS "t79"
                                                        ON "t70"."person_id" = "t79"."person_id"
                                                        AND "t70"."benefit" = "t79"."benefit"
                                                        AND "t70"."start_date" = "t79"."start_date"
                                                    ) AS "t80"
                                                  ) AS "t81"
                                                ) AS "t82"
                                              ) AS "t83"
                                            ) AS "t84"
                                          ) AS "t86"
                                          LEFT OUTER JOIN (
                                            SELECT
                                              "t89"."person_id",
                                              "t89"."benefit",
                                              "t89"."start_date",
                                              CAST(SUM(
                                                DATE_DIFF(
                                                  'DAY',
                                                  GREATEST("t89"."_ex_start", "t89"."_from"),
                                                  LEAST("t89"."_ex_end", "t89"."_to")
                                                ) + 1
                                              ) AS INT) AS "exempt_days",
                                              BOOL_OR(
                                                CAST((
                                                  "t89"."_ex_start" <= CAST($as_of AS DATE)
                                                )
                                                AND (
                                                  "t89"."_ex_end" >= CAST($as_of AS DATE)
                                                ) AS BOOLEAN)
                                              ) AS "exempt_now",
                                              LISTAGG(
                                                
                                                  'fritaget ' || CAST("t89"."_ex_start" AS TEXT) || '–' || CAST("t89"."_ex_end" AS TEXT) || ' (' || "t89"."_ex_reason" || ')',
                                                  ', ' ORDER BY "t89"."_ex_start" ASC
                                                
                                              ) AS "exemption_note"
                                            FROM (
                                              SELECT
                                                "t88"."person_id",
                                                "t88"."benefit",
                                                "t88"."start_date",
                                                "t88"."_from",
                                                "t88"."_to",
                                                "t8"."_pid",
                                                "t8"."_ex_start",
                                                "t8"."_ex_end",
                                                "t8"."_ex_reason"
                                              FROM (
                                                SELECT
                                                  "t85"."person_id",
                                                  "t85"."benefit",
                                                  "t85"."start_date",
                                                  "t85"."window_start" AS "_from",
                                                  "t85"."due0" AS "_to"
                                                FROM (
                                                  SELECT
                                                    "t84".*
                                                    EXCLUDE ("_point")
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
                                                      "t83"."required",
                                                      "t83"."required_joint",
                                                      "t83"."in_force",
                                                      "t83"."_end_unconfirmed",
                                                      "t83"."_point",
                                                      CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                                    FROM (
                                                      SELECT
                                                        "t82".*
                                                        EXCLUDE ("_acc_point", "_needed", "_plain")
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
                                                          "t81"."_acc_point",
                                                          COALESCE("t81"."_acc_point", "t81"."_plain") AS "_point"
                                                        FROM (
                                                          SELECT
                                                            "t80".*
                                                            EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                                              "t70"."required",
                                                              "t70"."required_joint",
                                                              "t70"."in_force",
                                                              "t70"."_end_unconfirmed",
                                                              "t70"."_plain",
                                                              "t70"."_needed",
                                                              "t79"."person_id" AS "person_id_right",
                                                              "t79"."benefit" AS "benefit_right",
                                                              "t79"."start_date" AS "start_date_right",
                                                              "t79"."_acc_point"
                                                            FROM (
                                                              SELECT
                                                                "t65"."person_id",
                                                                "t65"."benefit",
                                                                "t65"."_key" AS "start_date",
                                                                CASE
                                                                  WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                                  THEN CAST(NULL AS DATE)
                                                                  ELSE "t65"."_end"
                                                                END AS "end_date",
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
                                                                "t65"."periods",
                                                                "t65"."_key" AS "window_start",
                                                                COALESCE(
                                                                  CASE
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                    THEN CAST(NULL AS BIGINT)
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                    THEN 3
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                    THEN 4
                                                                    ELSE CAST(NULL AS BIGINT)
                                                                  END,
                                                                  0
                                                                ) + COALESCE(
                                                                  CASE
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                    THEN CAST(NULL AS BIGINT)
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                    THEN 0
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                    THEN 0
                                                                    ELSE CAST(NULL AS BIGINT)
                                                                  END,
                                                                  0
                                                                ) AS "required",
                                                                COALESCE(
                                                                  CASE
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                    THEN CAST(NULL AS BIGINT)
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                    THEN 0
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                    THEN 0
                                                                    ELSE CAST(NULL AS BIGINT)
                                                                  END,
                                                                  0
                                                                ) AS "required_joint",
                                                                (
                                                                  CASE
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                    THEN CAST(NULL AS BIGINT)
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                    THEN 3
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                    THEN 4
                                                                    ELSE CAST(NULL AS BIGINT)
                                                                  END IS NOT NULL
                                                                )
                                                                AND (
                                                                  CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                                ) AS "in_force",
                                                                COALESCE(
                                                                  (
                                                                    CASE
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                      THEN CAST(NULL AS BIGINT)
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                      THEN 3
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                      THEN 4
                                                                      ELSE CAST(NULL AS BIGINT)
                                                                    END IS NULL
                                                                  )
                                                                  AND COALESCE(
                                                                    ARRAY_CONTAINS(
                                                                      CASE
                                                                        WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                      "t65"."benefit"
                                                                    )
                                                                    OR ARRAY_CONTAINS(
                                                                      CASE
                                                                        WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                      "t65"."benefit" || ':' || COALESCE("t65"."target_group", '')
                                                                    ),
                                                                    FALSE
                                                                  ),
                                                                  FALSE
                                                                ) AS "_end_unconfirmed",
                                                                CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                  COALESCE(
                                                                    CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                    0
                                                                  )
                                                                ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                                DATE_DIFF(
                                                                  'DAY',
                                                                  "t65"."_key",
                                                                  CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                    COALESCE(
                                                                      CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                      0
                                                                    )
                                                                  ) AS TIMESTAMP) AS DATE)
                                                                ) AS "_needed"
                                                              FROM "t64" AS "t65"
                                                              WHERE
                                                                "t65"."benefit" IN ('dagpenge')
                                                            ) AS "t70"
                                                            LEFT OUTER JOIN (
                                                              SELECT
                                                                "t77"."person_id",
                                                                "t77"."benefit",
                                                                "t77"."start_date",
                                                                FIRST(
                                                                  CAST(CAST("t77"."i_start" + TO_DAYS(CAST("t77"."_n" - "t77"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t77"."i_start"
                                                                ) AS "_acc_point"
                                                              FROM (
                                                                SELECT
                                                                  *
                                                                FROM (
                                                                  SELECT
                                                                    "t71"."person_id",
                                                                    "t71"."benefit",
                                                                    "t71"."start_date",
                                                                    "t71"."_n",
                                                                    "t75"."i_start",
                                                                    "t75"."i_end",
                                                                    "t75"."cum_before"
                                                                  FROM (
                                                                    SELECT
                                                                      "t65"."person_id",
                                                                      "t65"."benefit",
                                                                      "t65"."_key" AS "start_date",
                                                                      DATE_DIFF(
                                                                        'DAY',
                                                                        "t65"."_key",
                                                                        CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                          COALESCE(
                                                                            CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                            0
                                                                          )
                                                                        ) AS TIMESTAMP) AS DATE)
                                                                      ) AS "_n"
                                                                    FROM "t64" AS "t65"
                                                                    WHERE
                                                                      "t65"."benefit" IN ('dagpenge')
                                                                      AND COALESCE(
                                                                        ARRAY_CONTAINS(
                                                                          CASE
                                                                            WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                            THEN ['dagpenge']
                                                                            ELSE CAST(NULL AS TEXT[])
                                                                          END,
                                                                          "t65"."benefit"
                                                                        ),
                                                                        FALSE
                                                                      )
                                                                  ) AS "t71"
                                                                  INNER JOIN (
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
                                                                          "t67"."person_id",
                                                                          "t67"."benefit",
                                                                          "t67"."_key",
                                                                          "t67"."_island",
                                                                          MIN("t67"."start_date") AS "i_start",
                                                                          MAX("t67"."_end") AS "i_end"
                                                                        FROM (
                                                                          SELECT
                                                                            "t66"."person_id",
                                                                            "t66"."benefit",
                                                                            "t66"."start_date",
                                                                            "t66"."_end",
                                                                            "t66"."_key",
                                                                            "t66"."_acc",
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
                                                                            "t66"."_new",
                                                                            SUM("t66"."_new") OVER (
                                                                              PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                                              ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
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
                                                                          ) AS "t66"
                                                                        ) AS "t67"
                                                                        GROUP BY
                                                                          1,
                                                                          2,
                                                                          3,
                                                                          4
                                                                      ) AS "t72"
                                                                    ) AS "t73"
                                                                  ) AS "t75"
                                                                    ON "t71"."person_id" = "t75"."person_id"
                                                                    AND "t71"."benefit" = "t75"."benefit"
                                                                    AND "t71"."start_date" = "t75"."start_date"
                                                                ) AS "t76"
                                                                WHERE
                                                                  (
                                                                    "t76"."i_end" = MAKE_DATE(9999, 12, 31)
                                                                  )
                                                                  OR (
                                                                    (
                                                                      "t76"."cum_before" + DATE_DIFF('DAY', "t76"."i_start", "t76"."i_end") + 1
                                                                    ) >= "t76"."_n"
                                                                  )
                                                              ) AS "t77"
                                                              GROUP BY
                                                                1,
                                                                2,
                                                                3
                                                            ) AS "t79"
                                                              ON "t70"."person_id" = "t79"."person_id"
                                                              AND "t70"."benefit" = "t79"."benefit"
                                                              AND "t70"."start_date" = "t79"."start_date"
                                                          ) AS "t80"
                                                        ) AS "t81"
                                                      ) AS "t82"
                                                    ) AS "t83"
                                                  ) AS "t84"
                                                ) AS "t85"
                                              ) AS "t88"
                                              INNER JOIN (
                                                SELECT
                                                  "t1"."person_id" AS "_pid",
                                                  "t1"."start_date" AS "_ex_start",
                                                  "t1"."end_date" AS "_ex_end",
                                                  "t1"."reason" AS "_ex_reason"
                                                FROM "exemptions" AS "t1"
                                                WHERE
                                                  "t1"."start_date" <= CAST($as_of AS DATE)
                                              ) AS "t8"
                                                ON "t88"."person_id" = "t8"."_pid"
                                                AND "t8"."_ex_start" <= "t88"."_to"
                                                AND "t8"."_ex_end" >= "t88"."_from"
                                            ) AS "t89"
                                            GROUP BY
                                              1,
                                              2,
                                              3
                                          ) AS "t91"
                                            ON "t86"."person_id" = "t91"."person_id"
                                            AND "t86"."benefit" = "t91"."benefit"
                                            AND "t86"."start_date" = "t91"."start_date"
                                        ) AS "t92"
                                      ) AS "t93"
                                    ) AS "t97"
                                    LEFT OUTER JOIN (
                                      SELECT
                                        "t99"."person_id",
                                        "t99"."benefit",
                                        "t99"."start_date",
                                        FIRST(
                                          CAST(CAST("t99"."i_start" + TO_DAYS(CAST("t99"."_n" - "t99"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t99"."i_start"
                                        ) AS "_acc_point"
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            "t96"."person_id",
                                            "t96"."benefit",
                                            "t96"."start_date",
                                            "t96"."_n",
                                            "t75"."i_start",
                                            "t75"."i_end",
                                            "t75"."cum_before"
                                          FROM (
                                            SELECT
                                              "t93"."person_id",
                                              "t93"."benefit",
                                              "t93"."start_date",
                                              DATE_DIFF(
                                                'DAY',
                                                "t93"."window_start",
                                                CAST(CAST("t93"."window_start" + TO_MONTHS(
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t93"."window_start" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 3
                                                      WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 0
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  )
                                                ) AS TIMESTAMP) AS DATE)
                                              ) AS "_n"
                                            FROM (
                                              SELECT
                                                "t92".*
                                                EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                                              FROM (
                                                SELECT
                                                  "t86"."person_id",
                                                  "t86"."benefit",
                                                  "t86"."start_date",
                                                  "t86"."end_date",
                                                  "t86"."first_contact_date",
                                                  "t86"."target_group",
                                                  "t86"."first_absence_date",
                                                  "t86"."sickness_category",
                                                  "t86"."employed",
                                                  "t86"."handover_date",
                                                  "t86"."expected_absence_weeks",
                                                  "t86"."work_obligation",
                                                  "t86"."municipality",
                                                  "t86"."early_followup_request_date",
                                                  "t86"."education_order",
                                                  "t86"."periods",
                                                  "t86"."window_start",
                                                  "t86"."required",
                                                  "t86"."required_joint",
                                                  "t86"."in_force",
                                                  "t86"."_end_unconfirmed",
                                                  "t86"."due0",
                                                  "t91"."person_id" AS "person_id_right",
                                                  "t91"."benefit" AS "benefit_right",
                                                  "t91"."start_date" AS "start_date_right",
                                                  "t91"."exempt_days",
                                                  "t91"."exempt_now",
                                                  "t91"."exemption_note"
                                                FROM (
                                                  SELECT
                                                    "t84".*
                                                    EXCLUDE ("_point")
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
                                                      "t83"."required",
                                                      "t83"."required_joint",
                                                      "t83"."in_force",
                                                      "t83"."_end_unconfirmed",
                                                      "t83"."_point",
                                                      CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                                    FROM (
                                                      SELECT
                                                        "t82".*
                                                        EXCLUDE ("_acc_point", "_needed", "_plain")
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
                                                          "t81"."_acc_point",
                                                          COALESCE("t81"."_acc_point", "t81"."_plain") AS "_point"
                                                        FROM (
                                                          SELECT
                                                            "t80".*
                                                            EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                                              "t70"."required",
                                                              "t70"."required_joint",
                                                              "t70"."in_force",
                                                              "t70"."_end_unconfirmed",
                                                              "t70"."_plain",
                                                              "t70"."_needed",
                                                              "t79"."person_id" AS "person_id_right",
                                                              "t79"."benefit" AS "benefit_right",
                                                              "t79"."start_date" AS "start_date_right",
                                                              "t79"."_acc_point"
                                                            FROM (
                                                              SELECT
                                                                "t65"."person_id",
                                                                "t65"."benefit",
                                                                "t65"."_key" AS "start_date",
                                                                CASE
                                                                  WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                                  THEN CAST(NULL AS DATE)
                                                                  ELSE "t65"."_end"
                                                                END AS "end_date",
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
                                                                "t65"."periods",
                                                                "t65"."_key" AS "window_start",
                                                                COALESCE(
                                                                  CASE
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                    THEN CAST(NULL AS BIGINT)
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                    THEN 3
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                    THEN 4
                                                                    ELSE CAST(NULL AS BIGINT)
                                                                  END,
                                                                  0
                                                                ) + COALESCE(
                                                                  CASE
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                    THEN CAST(NULL AS BIGINT)
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                    THEN 0
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                    THEN 0
                                                                    ELSE CAST(NULL AS BIGINT)
                                                                  END,
                                                                  0
                                                                ) AS "required",
                                                                COALESCE(
                                                                  CASE
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                    THEN CAST(NULL AS BIGINT)
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                    THEN 0
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                    THEN 0
                                                                    ELSE CAST(NULL AS BIGINT)
                                                                  END,
                                                                  0
                                                                ) AS "required_joint",
                                                                (
                                                                  CASE
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                    THEN CAST(NULL AS BIGINT)
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                    THEN 3
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                    THEN 4
                                                                    ELSE CAST(NULL AS BIGINT)
                                                                  END IS NOT NULL
                                                                )
                                                                AND (
                                                                  CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                                ) AS "in_force",
                                                                COALESCE(
                                                                  (
                                                                    CASE
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                      THEN CAST(NULL AS BIGINT)
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                      THEN 3
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                      THEN 4
                                                                      ELSE CAST(NULL AS BIGINT)
                                                                    END IS NULL
                                                                  )
                                                                  AND COALESCE(
                                                                    ARRAY_CONTAINS(
                                                                      CASE
                                                                        WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                      "t65"."benefit"
                                                                    )
                                                                    OR ARRAY_CONTAINS(
                                                                      CASE
                                                                        WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                      "t65"."benefit" || ':' || COALESCE("t65"."target_group", '')
                                                                    ),
                                                                    FALSE
                                                                  ),
                                                                  FALSE
                                                                ) AS "_end_unconfirmed",
                                                                CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                  COALESCE(
                                                                    CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                    0
                                                                  )
                                                                ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                                DATE_DIFF(
                                                                  'DAY',
                                                                  "t65"."_key",
                                                                  CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                    COALESCE(
                                                                      CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                      0
                                                                    )
                                                                  ) AS TIMESTAMP) AS DATE)
                                                                ) AS "_needed"
                                                              FROM "t64" AS "t65"
                                                              WHERE
                                                                "t65"."benefit" IN ('dagpenge')
                                                            ) AS "t70"
                                                            LEFT OUTER JOIN (
                                                              SELECT
                                                                "t77"."person_id",
                                                                "t77"."benefit",
                                                                "t77"."start_date",
                                                                FIRST(
                                                                  CAST(CAST("t77"."i_start" + TO_DAYS(CAST("t77"."_n" - "t77"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t77"."i_start"
                                                                ) AS "_acc_point"
                                                              FROM (
                                                                SELECT
                                                                  *
                                                                FROM (
                                                                  SELECT
                                                                    "t71"."person_id",
                                                                    "t71"."benefit",
                                                                    "t71"."start_date",
                                                                    "t71"."_n",
                                                                    "t75"."i_start",
                                                                    "t75"."i_end",
                                                                    "t75"."cum_before"
                                                                  FROM (
                                                                    SELECT
                                                                      "t65"."person_id",
                                                                      "t65"."benefit",
                                                                      "t65"."_key" AS "start_date",
                                                                      DATE_DIFF(
                                                                        'DAY',
                                                                        "t65"."_key",
                                                                        CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                          COALESCE(
                                                                            CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                            0
                                                                          )
                                                                        ) AS TIMESTAMP) AS DATE)
                                                                      ) AS "_n"
                                                                    FROM "t64" AS "t65"
                                                                    WHERE
                                                                      "t65"."benefit" IN ('dagpenge')
                                                                      AND COALESCE(
                                                                        ARRAY_CONTAINS(
                                                                          CASE
                                                                            WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                            THEN ['dagpenge']
                                                                            ELSE CAST(NULL AS TEXT[])
                                                                          END,
                                                                          "t65"."benefit"
                                                                        ),
                                                                        FALSE
                                                                      )
                                                                  ) AS "t71"
                                                                  INNER JOIN (
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
                                                                          "t67"."person_id",
                                                                          "t67"."benefit",
                                                                          "t67"."_key",
                                                                          "t67"."_island",
                                                                          MIN("t67"."start_date") AS "i_start",
                                                                          MAX("t67"."_end") AS "i_end"
                                                                        FROM (
                                                                          SELECT
                                                                            "t66"."person_id",
                                                                            "t66"."benefit",
                                                                            "t66"."start_date",
                                                                            "t66"."_end",
                                                                            "t66"."_key",
                                                                            "t66"."_acc",
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
                                                                            "t66"."_new",
                                                                            SUM("t66"."_new") OVER (
                                                                              PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                                              ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
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
                                                                          ) AS "t66"
                                                                        ) AS "t67"
                                                                        GROUP BY
                                                                          1,
                                                                          2,
                                                                          3,
                                                                          4
                                                                      ) AS "t72"
                                                                    ) AS "t73"
                                                                  ) AS "t75"
                                                                    ON "t71"."person_id" = "t75"."person_id"
                                                                    AND "t71"."benefit" = "t75"."benefit"
                                                                    AND "t71"."start_date" = "t75"."start_date"
                                                                ) AS "t76"
                                                                WHERE
                                                                  (
                                                                    "t76"."i_end" = MAKE_DATE(9999, 12, 31)
                                                                  )
                                                                  OR (
                                                                    (
                                                                      "t76"."cum_before" + DATE_DIFF('DAY', "t76"."i_start", "t76"."i_end") + 1
                                                                    ) >= "t76"."_n"
                                                                  )
                                                              ) AS "t77"
                                                              GROUP BY
                                                                1,
                                                                2,
                                                                3
                                                            ) AS "t79"
                                                              ON "t70"."person_id" = "t79"."person_id"
                                                              AND "t70"."benefit" = "t79"."benefit"
                                                              AND "t70"."start_date" = "t79"."start_date"
                                                          ) AS "t80"
                                                        ) AS "t81"
                                                      ) AS "t82"
                                                    ) AS "t83"
                                                  ) AS "t84"
                                                ) AS "t86"
                                                LEFT OUTER JOIN (
                                                  SELECT
                                                    "t89"."person_id",
                                                    "t89"."benefit",
                                                    "t89"."start_date",
                                                    CAST(SUM(
                                                      DATE_DIFF(
                                                        'DAY',
                                                        GREATEST("t89"."_ex_start", "t89"."_from"),
                                                        LEAST("t89"."_ex_end", "t89"."_to")
                                                      ) + 1
                                                    ) AS INT) AS "exempt_days",
                                                    BOOL_OR(
                                                      CAST((
                                                        "t89"."_ex_start" <= CAST($as_of AS DATE)
                                                      )
                                                      AND (
                                                        "t89"."_ex_end" >= CAST($as_of AS DATE)
                                                      ) AS BOOLEAN)
                                                    ) AS "exempt_now",
                                                    LISTAGG(
                                                      
                                                        'fritaget ' || CAST("t89"."_ex_start" AS TEXT) || '–' || CAST("t89"."_ex_end" AS TEXT) || ' (' || "t89"."_ex_reason" || ')',
                                                        ', ' ORDER BY "t89"."_ex_start" ASC
                                                      
                                                    ) AS "exemption_note"
                                                  FROM (
                                                    SELECT
                                                      "t88"."person_id",
                                                      "t88"."benefit",
                                                      "t88"."start_date",
                                                      "t88"."_from",
                                                      "t88"."_to",
                                                      "t8"."_pid",
                                                      "t8"."_ex_start",
                                                      "t8"."_ex_end",
                                                      "t8"."_ex_reason"
                                                    FROM (
                                                      SELECT
                                                        "t85"."person_id",
                                                        "t85"."benefit",
                                                        "t85"."start_date",
                                                        "t85"."window_start" AS "_from",
                                                        "t85"."due0" AS "_to"
                                                      FROM (
                                                        SELECT
                                                          "t84".*
                                                          EXCLUDE ("_point")
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
                                                            "t83"."required",
                                                            "t83"."required_joint",
                                                            "t83"."in_force",
                                                            "t83"."_end_unconfirmed",
                                                            "t83"."_point",
                                                            CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                                          FROM (
                                                            SELECT
                                                              "t82".*
                                                              EXCLUDE ("_acc_point", "_needed", "_plain")
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
                                                                "t81"."_acc_point",
                                                                COALESCE("t81"."_acc_point", "t81"."_plain") AS "_point"
                                                              FROM (
                                                                SELECT
                                                                  "t80".*
                                                                  EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                                                    "t70"."required",
                                                                    "t70"."required_joint",
                                                                    "t70"."in_force",
                                                                    "t70"."_end_unconfirmed",
                                                                    "t70"."_plain",
                                                                    "t70"."_needed",
                                                                    "t79"."person_id" AS "person_id_right",
                                                                    "t79"."benefit" AS "benefit_right",
                                                                    "t79"."start_date" AS "start_date_right",
                                                                    "t79"."_acc_point"
                                                                  FROM (
                                                                    SELECT
                                                                      "t65"."person_id",
                                                                      "t65"."benefit",
                                                                      "t65"."_key" AS "start_date",
                                                                      CASE
                                                                        WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                                        THEN CAST(NULL AS DATE)
                                                                        ELSE "t65"."_end"
                                                                      END AS "end_date",
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
                                                                      "t65"."periods",
                                                                      "t65"."_key" AS "window_start",
                                                                      COALESCE(
                                                                        CASE
                                                                          WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                          THEN CAST(NULL AS BIGINT)
                                                                          WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                          THEN 3
                                                                          WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                          THEN 4
                                                                          ELSE CAST(NULL AS BIGINT)
                                                                        END,
                                                                        0
                                                                      ) + COALESCE(
                                                                        CASE
                                                                          WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                          THEN CAST(NULL AS BIGINT)
                                                                          WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                          THEN 0
                                                                          WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                          THEN 0
                                                                          ELSE CAST(NULL AS BIGINT)
                                                                        END,
                                                                        0
                                                                      ) AS "required",
                                                                      COALESCE(
                                                                        CASE
                                                                          WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                          THEN CAST(NULL AS BIGINT)
                                                                          WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                          THEN 0
                                                                          WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                          THEN 0
                                                                          ELSE CAST(NULL AS BIGINT)
                                                                        END,
                                                                        0
                                                                      ) AS "required_joint",
                                                                      (
                                                                        CASE
                                                                          WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                          THEN CAST(NULL AS BIGINT)
                                                                          WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                          THEN 3
                                                                          WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                          THEN 4
                                                                          ELSE CAST(NULL AS BIGINT)
                                                                        END IS NOT NULL
                                                                      )
                                                                      AND (
                                                                        CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                                      ) AS "in_force",
                                                                      COALESCE(
                                                                        (
                                                                          CASE
                                                                            WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                            THEN CAST(NULL AS BIGINT)
                                                                            WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                            THEN 3
                                                                            WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                            THEN 4
                                                                            ELSE CAST(NULL AS BIGINT)
                                                                          END IS NULL
                                                                        )
                                                                        AND COALESCE(
                                                                          ARRAY_CONTAINS(
                                                                            CASE
                                                                              WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                            "t65"."benefit"
                                                                          )
                                                                          OR ARRAY_CONTAINS(
                                                                            CASE
                                                                              WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                            "t65"."benefit" || ':' || COALESCE("t65"."target_group", '')
                                                                          ),
                                                                          FALSE
                                                                        ),
                                                                        FALSE
                                                                      ) AS "_end_unconfirmed",
                                                                      CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                        COALESCE(
                                                                          CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                          0
                                                                        )
                                                                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                                      DATE_DIFF(
                                                                        'DAY',
                                                                        "t65"."_key",
                                                                        CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                          COALESCE(
                                                                            CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                            0
                                                                          )
                                                                        ) AS TIMESTAMP) AS DATE)
                                                                      ) AS "_needed"
                                                                    FROM "t64" AS "t65"
                                                                    WHERE
                                                                      "t65"."benefit" IN ('dagpenge')
                                                                  ) AS "t70"
                                                                  LEFT OUTER JOIN (
                                                                    SELECT
                                                                      "t77"."person_id",
                                                                      "t77"."benefit",
                                                                      "t77"."start_date",
                                                                      FIRST(
                                                                        CAST(CAST("t77"."i_start" + TO_DAYS(CAST("t77"."_n" - "t77"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t77"."i_start"
                                                                      ) AS "_acc_point"
                                                                    FROM (
                                                                      SELECT
                                                                        *
                                                                      FROM (
                                                                        SELECT
                                                                          "t71"."person_id",
                                                                          "t71"."benefit",
                                                                          "t71"."start_date",
                                                                          "t71"."_n",
                                                                          "t75"."i_start",
                                                                          "t75"."i_end",
                                                                          "t75"."cum_before"
                                                                        FROM (
                                                                          SELECT
                                                                            "t65"."person_id",
                                                                            "t65"."benefit",
                                                                            "t65"."_key" AS "start_date",
                                                                            DATE_DIFF(
                                                                              'DAY',
                                                                              "t65"."_key",
                                                                              CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                                COALESCE(
                                                                                  CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                                  0
                                                                                )
                                                                              ) AS TIMESTAMP) AS DATE)
                                                                            ) AS "_n"
                                                                          FROM "t64" AS "t65"
                                                                          WHERE
                                                                            "t65"."benefit" IN ('dagpenge')
                                                                            AND COALESCE(
                                                                              ARRAY_CONTAINS(
                                                                                CASE
                                                                                  WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                                  THEN ['dagpenge']
                                                                                  ELSE CAST(NULL AS TEXT[])
                                                                                END,
                                                                                "t65"."benefit"
                                                                              ),
                                                                              FALSE
                                                                            )
                                                                        ) AS "t71"
                                                                        INNER JOIN (
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
                                                                                "t67"."person_id",
                                                                                "t67"."benefit",
                                                                                "t67"."_key",
                                                                                "t67"."_island",
                                                                                MIN("t67"."start_date") AS "i_start",
                                                                                MAX("t67"."_end") AS "i_end"
                                                                              FROM (
                                                                                SELECT
                                                                                  "t66"."person_id",
                                                                                  "t66"."benefit",
                                                                                  "t66"."start_date",
                                                                                  "t66"."_end",
                                                                                  "t66"."_key",
                                                                                  "t66"."_acc",
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
                                                                                  "t66"."_new",
                                                                                  SUM("t66"."_new") OVER (
                                                                                    PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                                                    ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
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
                                                                                ) AS "t66"
                                                                              ) AS "t67"
                                                                              GROUP BY
                                                                                1,
                                                                                2,
                                                                                3,
                                                                                4
                                                                            ) AS "t72"
                                                                          ) AS "t73"
                                                                        ) AS "t75"
                                                                          ON "t71"."person_id" = "t75"."person_id"
                                                                          AND "t71"."benefit" = "t75"."benefit"
                                                                          AND "t71"."start_date" = "t75"."start_date"
                                                                      ) AS "t76"
                                                                      WHERE
                                                                        (
                                                                          "t76"."i_end" = MAKE_DATE(9999, 12, 31)
                                                                        )
                                                                        OR (
                                                                          (
                                                                            "t76"."cum_before" + DATE_DIFF('DAY', "t76"."i_start", "t76"."i_end") + 1
                                                                          ) >= "t76"."_n"
                                                                        )
                                                                    ) AS "t77"
                                                                    GROUP BY
                                                                      1,
                                                                      2,
                                                                      3
                                                                  ) AS "t79"
                                                                    ON "t70"."person_id" = "t79"."person_id"
                                                                    AND "t70"."benefit" = "t79"."benefit"
                                                                    AND "t70"."start_date" = "t79"."start_date"
                                                                ) AS "t80"
                                                              ) AS "t81"
                                                            ) AS "t82"
                                                          ) AS "t83"
                                                        ) AS "t84"
                                                      ) AS "t85"
                                                    ) AS "t88"
                                                    INNER JOIN (
                                                      SELECT
                                                        "t1"."person_id" AS "_pid",
                                                        "t1"."start_date" AS "_ex_start",
                                                        "t1"."end_date" AS "_ex_end",
                                                        "t1"."reason" AS "_ex_reason"
                                                      FROM "exemptions" AS "t1"
                                                      WHERE
                                                        "t1"."start_date" <= CAST($as_of AS DATE)
                                                    ) AS "t8"
                                                      ON "t88"."person_id" = "t8"."_pid"
                                                      AND "t8"."_ex_start" <= "t88"."_to"
                                                      AND "t8"."_ex_end" >= "t88"."_from"
                                                  ) AS "t89"
                                                  GROUP BY
                                                    1,
                                                    2,
                                                    3
                                                ) AS "t91"
                                                  ON "t86"."person_id" = "t91"."person_id"
                                                  AND "t86"."benefit" = "t91"."benefit"
                                                  AND "t86"."start_date" = "t91"."start_date"
                                              ) AS "t92"
                                            ) AS "t93"
                                            WHERE
                                              COALESCE(
                                                ARRAY_CONTAINS(
                                                  CASE
                                                    WHEN "t93"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN ['dagpenge']
                                                    ELSE CAST(NULL AS TEXT[])
                                                  END,
                                                  "t93"."benefit"
                                                ),
                                                FALSE
                                              )
                                          ) AS "t96"
                                          INNER JOIN (
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
                                                  "t67"."person_id",
                                                  "t67"."benefit",
                                                  "t67"."_key",
                                                  "t67"."_island",
                                                  MIN("t67"."start_date") AS "i_start",
                                                  MAX("t67"."_end") AS "i_end"
                                                FROM (
                                                  SELECT
                                                    "t66"."person_id",
                                                    "t66"."benefit",
                                                    "t66"."start_date",
                                                    "t66"."_end",
                                                    "t66"."_key",
                                                    "t66"."_acc",
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
                                                    "t66"."_new",
                                                    SUM("t66"."_new") OVER (
                                                      PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                      ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
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
                                                  ) AS "t66"
                                                ) AS "t67"
                                                GROUP BY
                                                  1,
                                                  2,
                                                  3,
                                                  4
                                              ) AS "t72"
                                            ) AS "t73"
                                          ) AS "t75"
                                            ON "t96"."person_id" = "t75"."person_id"
                                            AND "t96"."benefit" = "t75"."benefit"
                                            AND "t96"."start_date" = "t75"."start_date"
                                        ) AS "t98"
                                        WHERE
                                          (
                                            "t98"."i_end" = MAKE_DATE(9999, 12, 31)
                                          )
                                          OR (
                                            (
                                              "t98"."cum_before" + DATE_DIFF('DAY', "t98"."i_start", "t98"."i_end") + 1
                                            ) >= "t98"."_n"
                                          )
                                      ) AS "t99"
                                      GROUP BY
                                        1,
                                        2,
                                        3
                                    ) AS "t101"
                                      ON "t97"."person_id" = "t101"."person_id"
                                      AND "t97"."benefit" = "t101"."benefit"
                                      AND "t97"."start_date" = "t101"."start_date"
                                  ) AS "t102"
                                ) AS "t103"
                              ) AS "t104"
                            ) AS "t105"
                          ) AS "t114"
                          INNER JOIN (
                            SELECT
                              *
                            FROM "conversations" AS "t0"
                            WHERE
                              "t0"."status" = 'afholdt'
                              AND COALESCE("t0"."individual", TRUE)
                              AND "t0"."date" <= CAST($as_of AS DATE)
                              AND "t0"."kind" IN ('jobsamtale', 'faellessamtale')
                          ) AS "t7"
                            ON "t114"."person_id" = "t7"."person_id"
                            AND "t7"."date" >= "t114"."_first"
                            AND "t7"."date" <= "t114"."_last"
                        ) AS "t116"
                        WHERE
                          COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t116"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN ['jobcenter', 'anden_aktoer']
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              "t116"."held_by"
                            ),
                            FALSE
                          )
                          AND COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t116"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN ['personligt', 'telefon', 'video']
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              "t116"."form"
                            ),
                            FALSE
                          )
                      ) AS "t120"
                      INNER JOIN (
                        SELECT
                          "t105"."person_id",
                          "t105"."benefit",
                          "t105"."start_date",
                          "t105"."required" AS "_n",
                          "t105"."due_date" AS "_due"
                        FROM (
                          SELECT
                            "t104".*
                            EXCLUDE ("_acc_point", "_needed", "_plain")
                          FROM (
                            SELECT
                              "t103"."person_id",
                              "t103"."benefit",
                              "t103"."start_date",
                              "t103"."end_date",
                              "t103"."first_contact_date",
                              "t103"."target_group",
                              "t103"."first_absence_date",
                              "t103"."sickness_category",
                              "t103"."employed",
                              "t103"."handover_date",
                              "t103"."expected_absence_weeks",
                              "t103"."work_obligation",
                              "t103"."municipality",
                              "t103"."early_followup_request_date",
                              "t103"."education_order",
                              "t103"."periods",
                              "t103"."window_start",
                              "t103"."required",
                              "t103"."required_joint",
                              "t103"."in_force",
                              "t103"."_end_unconfirmed",
                              "t103"."due0",
                              "t103"."exempt_days",
                              "t103"."exempt_now",
                              "t103"."exemption_note",
                              "t103"."due_date",
                              "t103"."_plain",
                              "t103"."_needed",
                              "t103"."_acc_point",
                              COALESCE("t103"."_acc_point", "t103"."_plain") AS "_count_from"
                            FROM (
                              SELECT
                                "t102".*
                                EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                  "t101"."person_id" AS "person_id_right",
                                  "t101"."benefit" AS "benefit_right",
                                  "t101"."start_date" AS "start_date_right",
                                  "t101"."_acc_point"
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
                                    "t93"."required",
                                    "t93"."required_joint",
                                    "t93"."in_force",
                                    "t93"."_end_unconfirmed",
                                    "t93"."due0",
                                    COALESCE("t93"."exempt_days", 0) AS "exempt_days",
                                    COALESCE("t93"."exempt_now", FALSE) AS "exempt_now",
                                    COALESCE("t93"."exemption_note", '') AS "exemption_note",
                                    CAST(CAST("t93"."due0" + TO_DAYS(
                                      CASE
                                        WHEN COALESCE(
                                          CASE
                                            WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN TRUE
                                            ELSE CAST(NULL AS BOOLEAN)
                                          END,
                                          FALSE
                                        )
                                        THEN COALESCE("t93"."exempt_days", 0)
                                        ELSE 0
                                      END
                                    ) AS TIMESTAMP) AS DATE) AS "due_date",
                                    CAST(CAST("t93"."window_start" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t93"."window_start" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 0
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                                    DATE_DIFF(
                                      'DAY',
                                      "t93"."window_start",
                                      CAST(CAST("t93"."window_start" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t93"."window_start" >= MAKE_DATE(2024, 1, 1)
                                            THEN 3
                                            WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 0
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE)
                                    ) AS "_needed"
                                  FROM (
                                    SELECT
                                      "t92".*
                                      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                                    FROM (
                                      SELECT
                                        "t86"."person_id",
                                        "t86"."benefit",
                                        "t86"."start_date",
                                        "t86"."end_date",
                                        "t86"."first_contact_date",
                                        "t86"."target_group",
                                        "t86"."first_absence_date",
                                        "t86"."sickness_category",
                                        "t86"."employed",
                                        "t86"."handover_date",
                                        "t86"."expected_absence_weeks",
                                        "t86"."work_obligation",
                                        "t86"."municipality",
                                        "t86"."early_followup_request_date",
                                        "t86"."education_order",
                                        "t86"."periods",
                                        "t86"."window_start",
                                        "t86"."required",
                                        "t86"."required_joint",
                                        "t86"."in_force",
                                        "t86"."_end_unconfirmed",
                                        "t86"."due0",
                                        "t91"."person_id" AS "person_id_right",
                                        "t91"."benefit" AS "benefit_right",
                                        "t91"."start_date" AS "start_date_right",
                                        "t91"."exempt_days",
                                        "t91"."exempt_now",
                                        "t91"."exemption_note"
                                      FROM (
                                        SELECT
                                          "t84".*
                                          EXCLUDE ("_point")
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
                                            "t83"."required",
                                            "t83"."required_joint",
                                            "t83"."in_force",
                                            "t83"."_end_unconfirmed",
                                            "t83"."_point",
                                            CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                          FROM (
                                            SELECT
                                              "t82".*
                                              EXCLUDE ("_acc_point", "_needed", "_plain")
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
                                                "t81"."_acc_point",
                                                COALESCE("t81"."_acc_point", "t81"."_plain") AS "_point"
                                              FROM (
                                                SELECT
                                                  "t80".*
                                                  EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                                    "t70"."required",
                                                    "t70"."required_joint",
                                                    "t70"."in_force",
                                                    "t70"."_end_unconfirmed",
                                                    "t70"."_plain",
                                                    "t70"."_needed",
                                                    "t79"."person_id" AS "person_id_right",
                                                    "t79"."benefit" AS "benefit_right",
                                                    "t79"."start_date" AS "start_date_right",
                                                    "t79"."_acc_point"
                                                  FROM (
                                                    SELECT
                                                      "t65"."person_id",
                                                      "t65"."benefit",
                                                      "t65"."_key" AS "start_date",
                                                      CASE
                                                        WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                        THEN CAST(NULL AS DATE)
                                                        ELSE "t65"."_end"
                                                      END AS "end_date",
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
                                                      "t65"."periods",
                                                      "t65"."_key" AS "window_start",
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      ) + COALESCE(
                                                        CASE
                                                          WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 0
                                                          WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 0
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      ) AS "required",
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 0
                                                          WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 0
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      ) AS "required_joint",
                                                      (
                                                        CASE
                                                          WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NOT NULL
                                                      )
                                                      AND (
                                                        CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                      ) AS "in_force",
                                                      COALESCE(
                                                        (
                                                          CASE
                                                            WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 3
                                                            WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 4
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END IS NULL
                                                        )
                                                        AND COALESCE(
                                                          ARRAY_CONTAINS(
                                                            CASE
                                                              WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                            "t65"."benefit"
                                                          )
                                                          OR ARRAY_CONTAINS(
                                                            CASE
                                                              WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                            "t65"."benefit" || ':' || COALESCE("t65"."target_group", '')
                                                          ),
                                                          FALSE
                                                        ),
                                                        FALSE
                                                      ) AS "_end_unconfirmed",
                                                      CAST(CAST("t65"."_key" + TO_MONTHS(
                                                        COALESCE(
                                                          CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                          0
                                                        )
                                                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                      DATE_DIFF(
                                                        'DAY',
                                                        "t65"."_key",
                                                        CAST(CAST("t65"."_key" + TO_MONTHS(
                                                          COALESCE(
                                                            CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                            0
                                                          )
                                                        ) AS TIMESTAMP) AS DATE)
                                                      ) AS "_needed"
                                                    FROM "t64" AS "t65"
                                                    WHERE
                                                      "t65"."benefit" IN ('dagpenge')
                                                  ) AS "t70"
                                                  LEFT OUTER JOIN (
                                                    SELECT
                                                      "t77"."person_id",
                                                      "t77"."benefit",
                                                      "t77"."start_date",
                                                      FIRST(
                                                        CAST(CAST("t77"."i_start" + TO_DAYS(CAST("t77"."_n" - "t77"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t77"."i_start"
                                                      ) AS "_acc_point"
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM (
                                                        SELECT
                                                          "t71"."person_id",
                                                          "t71"."benefit",
                                                          "t71"."start_date",
                                                          "t71"."_n",
                                                          "t75"."i_start",
                                                          "t75"."i_end",
                                                          "t75"."cum_before"
                                                        FROM (
                                                          SELECT
                                                            "t65"."person_id",
                                                            "t65"."benefit",
                                                            "t65"."_key" AS "start_date",
                                                            DATE_DIFF(
                                                              'DAY',
                                                              "t65"."_key",
                                                              CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                COALESCE(
                                                                  CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                  0
                                                                )
                                                              ) AS TIMESTAMP) AS DATE)
                                                            ) AS "_n"
                                                          FROM "t64" AS "t65"
                                                          WHERE
                                                            "t65"."benefit" IN ('dagpenge')
                                                            AND COALESCE(
                                                              ARRAY_CONTAINS(
                                                                CASE
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                  THEN ['dagpenge']
                                                                  ELSE CAST(NULL AS TEXT[])
                                                                END,
                                                                "t65"."benefit"
                                                              ),
                                                              FALSE
                                                            )
                                                        ) AS "t71"
                                                        INNER JOIN (
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
                                                                "t67"."person_id",
                                                                "t67"."benefit",
                                                                "t67"."_key",
                                                                "t67"."_island",
                                                                MIN("t67"."start_date") AS "i_start",
                                                                MAX("t67"."_end") AS "i_end"
                                                              FROM (
                                                                SELECT
                                                                  "t66"."person_id",
                                                                  "t66"."benefit",
                                                                  "t66"."start_date",
                                                                  "t66"."_end",
                                                                  "t66"."_key",
                                                                  "t66"."_acc",
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
                                                                  "t66"."_new",
                                                                  SUM("t66"."_new") OVER (
                                                                    PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                                    ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
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
                                                                ) AS "t66"
                                                              ) AS "t67"
                                                              GROUP BY
                                                                1,
                                                                2,
                                                                3,
                                                                4
                                                            ) AS "t72"
                                                          ) AS "t73"
                                                        ) AS "t75"
                                                          ON "t71"."person_id" = "t75"."person_id"
                                                          AND "t71"."benefit" = "t75"."benefit"
                                                          AND "t71"."start_date" = "t75"."start_date"
                                                      ) AS "t76"
                                                      WHERE
                                                        (
                                                          "t76"."i_end" = MAKE_DATE(9999, 12, 31)
                                                        )
                                                        OR (
                                                          (
                                                            "t76"."cum_before" + DATE_DIFF('DAY', "t76"."i_start", "t76"."i_end") + 1
                                                          ) >= "t76"."_n"
                                                        )
                                                    ) AS "t77"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3
                                                  ) AS "t79"
                                                    ON "t70"."person_id" = "t79"."person_id"
                                                    AND "t70"."benefit" = "t79"."benefit"
                                                    AND "t70"."start_date" = "t79"."start_date"
                                                ) AS "t80"
                                              ) AS "t81"
                                            ) AS "t82"
                                          ) AS "t83"
                                        ) AS "t84"
                                      ) AS "t86"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t89"."person_id",
                                          "t89"."benefit",
                                          "t89"."start_date",
                                          CAST(SUM(
                                            DATE_DIFF(
                                              'DAY',
                                              GREATEST("t89"."_ex_start", "t89"."_from"),
                                              LEAST("t89"."_ex_end", "t89"."_to")
                                            ) + 1
                                          ) AS INT) AS "exempt_days",
                                          BOOL_OR(
                                            CAST((
                                              "t89"."_ex_start" <= CAST($as_of AS DATE)
                                            )
                                            AND (
                                              "t89"."_ex_end" >= CAST($as_of AS DATE)
                                            ) AS BOOLEAN)
                                          ) AS "exempt_now",
                                          LISTAGG(
                                            
                                              'fritaget ' || CAST("t89"."_ex_start" AS TEXT) || '–' || CAST("t89"."_ex_end" AS TEXT) || ' (' || "t89"."_ex_reason" || ')',
                                              ', ' ORDER BY "t89"."_ex_start" ASC
                                            
                                          ) AS "exemption_note"
                                        FROM (
                                          SELECT
                                            "t88"."person_id",
                                            "t88"."benefit",
                                            "t88"."start_date",
                                            "t88"."_from",
                                            "t88"."_to",
                                            "t8"."_pid",
                                            "t8"."_ex_start",
                                            "t8"."_ex_end",
                                            "t8"."_ex_reason"
                                          FROM (
                                            SELECT
                                              "t85"."person_id",
                                              "t85"."benefit",
                                              "t85"."start_date",
                                              "t85"."window_start" AS "_from",
                                              "t85"."due0" AS "_to"
                                            FROM (
                                              SELECT
                                                "t84".*
                                                EXCLUDE ("_point")
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
                                                  "t83"."required",
                                                  "t83"."required_joint",
                                                  "t83"."in_force",
                                                  "t83"."_end_unconfirmed",
                                                  "t83"."_point",
                                                  CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                                FROM (
                                                  SELECT
                                                    "t82".*
                                                    EXCLUDE ("_acc_point", "_needed", "_plain")
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
                                                      "t81"."_acc_point",
                                                      COALESCE("t81"."_acc_point", "t81"."_plain") AS "_point"
                                                    FROM (
                                                      SELECT
                                                        "t80".*
                                                        EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                                          "t70"."required",
                                                          "t70"."required_joint",
                                                          "t70"."in_force",
                                                          "t70"."_end_unconfirmed",
                                                          "t70"."_plain",
                                                          "t70"."_needed",
                                                          "t79"."person_id" AS "person_id_right",
                                                          "t79"."benefit" AS "benefit_right",
                                                          "t79"."start_date" AS "start_date_right",
                                                          "t79"."_acc_point"
                                                        FROM (
                                                          SELECT
                                                            "t65"."person_id",
                                                            "t65"."benefit",
                                                            "t65"."_key" AS "start_date",
                                                            CASE
                                                              WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                              THEN CAST(NULL AS DATE)
                                                              ELSE "t65"."_end"
                                                            END AS "end_date",
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
                                                            "t65"."periods",
                                                            "t65"."_key" AS "window_start",
                                                            COALESCE(
                                                              CASE
                                                                WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 3
                                                                WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 4
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END,
                                                              0
                                                            ) + COALESCE(
                                                              CASE
                                                                WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 0
                                                                WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 0
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END,
                                                              0
                                                            ) AS "required",
                                                            COALESCE(
                                                              CASE
                                                                WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 0
                                                                WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 0
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END,
                                                              0
                                                            ) AS "required_joint",
                                                            (
                                                              CASE
                                                                WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 3
                                                                WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 4
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END IS NOT NULL
                                                            )
                                                            AND (
                                                              CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                            ) AS "in_force",
                                                            COALESCE(
                                                              (
                                                                CASE
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                  THEN CAST(NULL AS BIGINT)
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                  THEN 3
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                  THEN 4
                                                                  ELSE CAST(NULL AS BIGINT)
                                                                END IS NULL
                                                              )
                                                              AND COALESCE(
                                                                ARRAY_CONTAINS(
                                                                  CASE
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                  "t65"."benefit"
                                                                )
                                                                OR ARRAY_CONTAINS(
                                                                  CASE
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                  "t65"."benefit" || ':' || COALESCE("t65"."target_group", '')
                                                                ),
                                                                FALSE
                                                              ),
                                                              FALSE
                                                            ) AS "_end_unconfirmed",
                                                            CAST(CAST("t65"."_key" + TO_MONTHS(
                                                              COALESCE(
                                                                CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                0
                                                              )
                                                            ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                            DATE_DIFF(
                                                              'DAY',
                                                              "t65"."_key",
                                                              CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                COALESCE(
                                                                  CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                  0
                                                                )
                                                              ) AS TIMESTAMP) AS DATE)
                                                            ) AS "_needed"
                                                          FROM "t64" AS "t65"
                                                          WHERE
                                                            "t65"."benefit" IN ('dagpenge')
                                                        ) AS "t70"
                                                        LEFT OUTER JOIN (
                                                          SELECT
                                                            "t77"."person_id",
                                                            "t77"."benefit",
                                                            "t77"."start_date",
                                                            FIRST(
                                                              CAST(CAST("t77"."i_start" + TO_DAYS(CAST("t77"."_n" - "t77"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t77"."i_start"
                                                            ) AS "_acc_point"
                                                          FROM (
                                                            SELECT
                                                              *
                                                            FROM (
                                                              SELECT
                                                                "t71"."person_id",
                                                                "t71"."benefit",
                                                                "t71"."start_date",
                                                                "t71"."_n",
                                                                "t75"."i_start",
                                                                "t75"."i_end",
                                                                "t75"."cum_before"
                                                              FROM (
                                                                SELECT
                                                                  "t65"."person_id",
                                                                  "t65"."benefit",
                                                                  "t65"."_key" AS "start_date",
                                                                  DATE_DIFF(
                                                                    'DAY',
                                                                    "t65"."_key",
                                                                    CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                      COALESCE(
                                                                        CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                        0
                                                                      )
                                                                    ) AS TIMESTAMP) AS DATE)
                                                                  ) AS "_n"
                                                                FROM "t64" AS "t65"
                                                                WHERE
                                                                  "t65"."benefit" IN ('dagpenge')
                                                                  AND COALESCE(
                                                                    ARRAY_CONTAINS(
                                                                      CASE
                                                                        WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                        THEN ['dagpenge']
                                                                        ELSE CAST(NULL AS TEXT[])
                                                                      END,
                                                                      "t65"."benefit"
                                                                    ),
                                                                    FALSE
                                                                  )
                                                              ) AS "t71"
                                                              INNER JOIN (
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
                                                                      "t67"."person_id",
                                                                      "t67"."benefit",
                                                                      "t67"."_key",
                                                                      "t67"."_island",
                                                                      MIN("t67"."start_date") AS "i_start",
                                                                      MAX("t67"."_end") AS "i_end"
                                                                    FROM (
                                                                      SELECT
                                                                        "t66"."person_id",
                                                                        "t66"."benefit",
                                                                        "t66"."start_date",
                                                                        "t66"."_end",
                                                                        "t66"."_key",
                                                                        "t66"."_acc",
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
                                                                        "t66"."_new",
                                                                        SUM("t66"."_new") OVER (
                                                                          PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                                          ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
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
                                                                      ) AS "t66"
                                                                    ) AS "t67"
                                                                    GROUP BY
                                                                      1,
                                                                      2,
                                                                      3,
                                                                      4
                                                                  ) AS "t72"
                                                                ) AS "t73"
                                                              ) AS "t75"
                                                                ON "t71"."person_id" = "t75"."person_id"
                                                                AND "t71"."benefit" = "t75"."benefit"
                                                                AND "t71"."start_date" = "t75"."start_date"
                                                            ) AS "t76"
                                                            WHERE
                                                              (
                                                                "t76"."i_end" = MAKE_DATE(9999, 12, 31)
                                                              )
                                                              OR (
                                                                (
                                                                  "t76"."cum_before" + DATE_DIFF('DAY', "t76"."i_start", "t76"."i_end") + 1
                                                                ) >= "t76"."_n"
                                                              )
                                                          ) AS "t77"
                                                          GROUP BY
                                                            1,
                                                            2,
                                                            3
                                                        ) AS "t79"
                                                          ON "t70"."person_id" = "t79"."person_id"
                                                          AND "t70"."benefit" = "t79"."benefit"
                                                          AND "t70"."start_date" = "t79"."start_date"
                                                      ) AS "t80"
                                                    ) AS "t81"
                                                  ) AS "t82"
                                                ) AS "t83"
                                              ) AS "t84"
                                            ) AS "t85"
                                          ) AS "t88"
                                          INNER JOIN (
                                            SELECT
                                              "t1"."person_id" AS "_pid",
                                              "t1"."start_date" AS "_ex_start",
                                              "t1"."end_date" AS "_ex_end",
                                              "t1"."reason" AS "_ex_reason"
                                            FROM "exemptions" AS "t1"
                                            WHERE
                                              "t1"."start_date" <= CAST($as_of AS DATE)
                                          ) AS "t8"
                                            ON "t88"."person_id" = "t8"."_pid"
                                            AND "t8"."_ex_start" <= "t88"."_to"
                                            AND "t8"."_ex_end" >= "t88"."_from"
                                        ) AS "t89"
                                        GROUP BY
                                          1,
                                          2,
                                          3
                                      ) AS "t91"
                                        ON "t86"."person_id" = "t91"."person_id"
                                        AND "t86"."benefit" = "t91"."benefit"
                                        AND "t86"."start_date" = "t91"."start_date"
                                    ) AS "t92"
                                  ) AS "t93"
                                ) AS "t97"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t99"."person_id",
                                    "t99"."benefit",
                                    "t99"."start_date",
                                    FIRST(
                                      CAST(CAST("t99"."i_start" + TO_DAYS(CAST("t99"."_n" - "t99"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t99"."i_start"
                                    ) AS "_acc_point"
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        "t96"."person_id",
                                        "t96"."benefit",
                                        "t96"."start_date",
                                        "t96"."_n",
                                        "t75"."i_start",
                                        "t75"."i_end",
                                        "t75"."cum_before"
                                      FROM (
                                        SELECT
                                          "t93"."person_id",
                                          "t93"."benefit",
                                          "t93"."start_date",
                                          DATE_DIFF(
                                            'DAY',
                                            "t93"."window_start",
                                            CAST(CAST("t93"."window_start" + TO_MONTHS(
                                              COALESCE(
                                                CASE
                                                  WHEN "t93"."window_start" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 3
                                                  WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 0
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              )
                                            ) AS TIMESTAMP) AS DATE)
                                          ) AS "_n"
                                        FROM (
                                          SELECT
                                            "t92".*
                                            EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                                          FROM (
                                            SELECT
                                              "t86"."person_id",
                                              "t86"."benefit",
                                              "t86"."start_date",
                                              "t86"."end_date",
                                              "t86"."first_contact_date",
                                              "t86"."target_group",
                                              "t86"."first_absence_date",
                                              "t86"."sickness_category",
                                              "t86"."employed",
                                              "t86"."handover_date",
                                              "t86"."expected_absence_weeks",
                                              "t86"."work_obligation",
                                              "t86"."municipality",
                                              "t86"."early_followup_request_date",
                                              "t86"."education_order",
                                              "t86"."periods",
                                              "t86"."window_start",
                                              "t86"."required",
                                              "t86"."required_joint",
                                              "t86"."in_force",
                                              "t86"."_end_unconfirmed",
                                              "t86"."due0",
                                              "t91"."person_id" AS "person_id_right",
                                              "t91"."benefit" AS "benefit_right",
                                              "t91"."start_date" AS "start_date_right",
                                              "t91"."exempt_days",
                                              "t91"."exempt_now",
                                              "t91"."exemption_note"
                                            FROM (
                                              SELECT
                                                "t84".*
                                                EXCLUDE ("_point")
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
                                                  "t83"."required",
                                                  "t83"."required_joint",
                                                  "t83"."in_force",
                                                  "t83"."_end_unconfirmed",
                                                  "t83"."_point",
                                                  CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                                FROM (
                                                  SELECT
                                                    "t82".*
                                                    EXCLUDE ("_acc_point", "_needed", "_plain")
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
                                                      "t81"."_acc_point",
                                                      COALESCE("t81"."_acc_point", "t81"."_plain") AS "_point"
                                                    FROM (
                                                      SELECT
                                                        "t80".*
                                                        EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                                          "t70"."required",
                                                          "t70"."required_joint",
                                                          "t70"."in_force",
                                                          "t70"."_end_unconfirmed",
                                                          "t70"."_plain",
                                                          "t70"."_needed",
                                                          "t79"."person_id" AS "person_id_right",
                                                          "t79"."benefit" AS "benefit_right",
                                                          "t79"."start_date" AS "start_date_right",
                                                          "t79"."_acc_point"
                                                        FROM (
                                                          SELECT
                                                            "t65"."person_id",
                                                            "t65"."benefit",
                                                            "t65"."_key" AS "start_date",
                                                            CASE
                                                              WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                              THEN CAST(NULL AS DATE)
                                                              ELSE "t65"."_end"
                                                            END AS "end_date",
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
                                                            "t65"."periods",
                                                            "t65"."_key" AS "window_start",
                                                            COALESCE(
                                                              CASE
                                                                WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 3
                                                                WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 4
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END,
                                                              0
                                                            ) + COALESCE(
                                                              CASE
                                                                WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 0
                                                                WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 0
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END,
                                                              0
                                                            ) AS "required",
                                                            COALESCE(
                                                              CASE
                                                                WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 0
                                                                WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 0
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END,
                                                              0
                                                            ) AS "required_joint",
                                                            (
                                                              CASE
                                                                WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 3
                                                                WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 4
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END IS NOT NULL
                                                            )
                                                            AND (
                                                              CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                            ) AS "in_force",
                                                            COALESCE(
                                                              (
                                                                CASE
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                  THEN CAST(NULL AS BIGINT)
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                  THEN 3
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                  THEN 4
                                                                  ELSE CAST(NULL AS BIGINT)
                                                                END IS NULL
                                                              )
                                                              AND COALESCE(
                                                                ARRAY_CONTAINS(
                                                                  CASE
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                  "t65"."benefit"
                                                                )
                                                                OR ARRAY_CONTAINS(
                                                                  CASE
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                  "t65"."benefit" || ':' || COALESCE("t65"."target_group", '')
                                                                ),
                                                                FALSE
                                                              ),
                                                              FALSE
                                                            ) AS "_end_unconfirmed",
                                                            CAST(CAST("t65"."_key" + TO_MONTHS(
                                                              COALESCE(
                                                                CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                0
                                                              )
                                                            ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                            DATE_DIFF(
                                                              'DAY',
                                                              "t65"."_key",
                                                              CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                COALESCE(
                                                                  CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                  0
                                                                )
                                                              ) AS TIMESTAMP) AS DATE)
                                                            ) AS "_needed"
                                                          FROM "t64" AS "t65"
                                                          WHERE
                                                            "t65"."benefit" IN ('dagpenge')
                                                        ) AS "t70"
                                                        LEFT OUTER JOIN (
                                                          SELECT
                                                            "t77"."person_id",
                                                            "t77"."benefit",
                                                            "t77"."start_date",
                                                            FIRST(
                                                              CAST(CAST("t77"."i_start" + TO_DAYS(CAST("t77"."_n" - "t77"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t77"."i_start"
                                                            ) AS "_acc_point"
                                                          FROM (
                                                            SELECT
                                                              *
                                                            FROM (
                                                              SELECT
                                                                "t71"."person_id",
                                                                "t71"."benefit",
                                                                "t71"."start_date",
                                                                "t71"."_n",
                                                                "t75"."i_start",
                                                                "t75"."i_end",
                                                                "t75"."cum_before"
                                                              FROM (
                                                                SELECT
                                                                  "t65"."person_id",
                                                                  "t65"."benefit",
                                                                  "t65"."_key" AS "start_date",
                                                                  DATE_DIFF(
                                                                    'DAY',
                                                                    "t65"."_key",
                                                                    CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                      COALESCE(
                                                                        CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                        0
                                                                      )
                                                                    ) AS TIMESTAMP) AS DATE)
                                                                  ) AS "_n"
                                                                FROM "t64" AS "t65"
                                                                WHERE
                                                                  "t65"."benefit" IN ('dagpenge')
                                                                  AND COALESCE(
                                                                    ARRAY_CONTAINS(
                                                                      CASE
                                                                        WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                        THEN ['dagpenge']
                                                                        ELSE CAST(NULL AS TEXT[])
                                                                      END,
                                                                      "t65"."benefit"
                                                                    ),
                                                                    FALSE
                                                                  )
                                                              ) AS "t71"
                                                              INNER JOIN (
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
                                                                      "t67"."person_id",
                                                                      "t67"."benefit",
                                                                      "t67"."_key",
                                                                      "t67"."_island",
                                                                      MIN("t67"."start_date") AS "i_start",
                                                                      MAX("t67"."_end") AS "i_end"
                                                                    FROM (
                                                                      SELECT
                                                                        "t66"."person_id",
                                                                        "t66"."benefit",
                                                                        "t66"."start_date",
                                                                        "t66"."_end",
                                                                        "t66"."_key",
                                                                        "t66"."_acc",
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
                                                                        "t66"."_new",
                                                                        SUM("t66"."_new") OVER (
                                                                          PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                                          ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
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
                                                                      ) AS "t66"
                                                                    ) AS "t67"
                                                                    GROUP BY
                                                                      1,
                                                                      2,
                                                                      3,
                                                                      4
                                                                  ) AS "t72"
                                                                ) AS "t73"
                                                              ) AS "t75"
                                                                ON "t71"."person_id" = "t75"."person_id"
                                                                AND "t71"."benefit" = "t75"."benefit"
                                                                AND "t71"."start_date" = "t75"."start_date"
                                                            ) AS "t76"
                                                            WHERE
                                                              (
                                                                "t76"."i_end" = MAKE_DATE(9999, 12, 31)
                                                              )
                                                              OR (
                                                                (
                                                                  "t76"."cum_before" + DATE_DIFF('DAY', "t76"."i_start", "t76"."i_end") + 1
                                                                ) >= "t76"."_n"
                                                              )
                                                          ) AS "t77"
                                                          GROUP BY
                                                            1,
                                                            2,
                                                            3
                                                        ) AS "t79"
                                                          ON "t70"."person_id" = "t79"."person_id"
                                                          AND "t70"."benefit" = "t79"."benefit"
                                                          AND "t70"."start_date" = "t79"."start_date"
                                                      ) AS "t80"
                                                    ) AS "t81"
                                                  ) AS "t82"
                                                ) AS "t83"
                                              ) AS "t84"
                                            ) AS "t86"
                                            LEFT OUTER JOIN (
                                              SELECT
                                                "t89"."person_id",
                                                "t89"."benefit",
                                                "t89"."start_date",
                                                CAST(SUM(
                                                  DATE_DIFF(
                                                    'DAY',
                                                    GREATEST("t89"."_ex_start", "t89"."_from"),
                                                    LEAST("t89"."_ex_end", "t89"."_to")
                                                  ) + 1
                                                ) AS INT) AS "exempt_days",
                                                BOOL_OR(
                                                  CAST((
                                                    "t89"."_ex_start" <= CAST($as_of AS DATE)
                                                  )
                                                  AND (
                                                    "t89"."_ex_end" >= CAST($as_of AS DATE)
                                                  ) AS BOOLEAN)
                                                ) AS "exempt_now",
                                                LISTAGG(
                                                  
                                                    'fritaget ' || CAST("t89"."_ex_start" AS TEXT) || '–' || CAST("t89"."_ex_end" AS TEXT) || ' (' || "t89"."_ex_reason" || ')',
                                                    ', ' ORDER BY "t89"."_ex_start" ASC
                                                  
                                                ) AS "exemption_note"
                                              FROM (
                                                SELECT
                                                  "t88"."person_id",
                                                  "t88"."benefit",
                                                  "t88"."start_date",
                                                  "t88"."_from",
                                                  "t88"."_to",
                                                  "t8"."_pid",
                                                  "t8"."_ex_start",
                                                  "t8"."_ex_end",
                                                  "t8"."_ex_reason"
                                                FROM (
                                                  SELECT
                                                    "t85"."person_id",
                                                    "t85"."benefit",
                                                    "t85"."start_date",
                                                    "t85"."window_start" AS "_from",
                                                    "t85"."due0" AS "_to"
                                                  FROM (
                                                    SELECT
                                                      "t84".*
                                                      EXCLUDE ("_point")
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
                                                        "t83"."required",
                                                        "t83"."required_joint",
                                                        "t83"."in_force",
                                                        "t83"."_end_unconfirmed",
                                                        "t83"."_point",
                                                        CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                                      FROM (
                                                        SELECT
                                                          "t82".*
                                                          EXCLUDE ("_acc_point", "_needed", "_plain")
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
                                                            "t81"."_acc_point",
                                                            COALESCE("t81"."_acc_point", "t81"."_plain") AS "_point"
                                                          FROM (
                                                            SELECT
                                                              "t80".*
                                                              EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                                                "t70"."required",
                                                                "t70"."required_joint",
                                                                "t70"."in_force",
                                                                "t70"."_end_unconfirmed",
                                                                "t70"."_plain",
                                                                "t70"."_needed",
                                                                "t79"."person_id" AS "person_id_right",
                                                                "t79"."benefit" AS "benefit_right",
                                                                "t79"."start_date" AS "start_date_right",
                                                                "t79"."_acc_point"
                                                              FROM (
                                                                SELECT
                                                                  "t65"."person_id",
                                                                  "t65"."benefit",
                                                                  "t65"."_key" AS "start_date",
                                                                  CASE
                                                                    WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                                    THEN CAST(NULL AS DATE)
                                                                    ELSE "t65"."_end"
                                                                  END AS "end_date",
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
                                                                  "t65"."periods",
                                                                  "t65"."_key" AS "window_start",
                                                                  COALESCE(
                                                                    CASE
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                      THEN CAST(NULL AS BIGINT)
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                      THEN 3
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                      THEN 4
                                                                      ELSE CAST(NULL AS BIGINT)
                                                                    END,
                                                                    0
                                                                  ) + COALESCE(
                                                                    CASE
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                      THEN CAST(NULL AS BIGINT)
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                      THEN 0
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                      THEN 0
                                                                      ELSE CAST(NULL AS BIGINT)
                                                                    END,
                                                                    0
                                                                  ) AS "required",
                                                                  COALESCE(
                                                                    CASE
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                      THEN CAST(NULL AS BIGINT)
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                      THEN 0
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                      THEN 0
                                                                      ELSE CAST(NULL AS BIGINT)
                                                                    END,
                                                                    0
                                                                  ) AS "required_joint",
                                                                  (
                                                                    CASE
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                      THEN CAST(NULL AS BIGINT)
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                      THEN 3
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                      THEN 4
                                                                      ELSE CAST(NULL AS BIGINT)
                                                                    END IS NOT NULL
                                                                  )
                                                                  AND (
                                                                    CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                                  ) AS "in_force",
                                                                  COALESCE(
                                                                    (
                                                                      CASE
                                                                        WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                        THEN CAST(NULL AS BIGINT)
                                                                        WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                        THEN 3
                                                                        WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                        THEN 4
                                                                        ELSE CAST(NULL AS BIGINT)
                                                                      END IS NULL
                                                                    )
                                                                    AND COALESCE(
                                                                      ARRAY_CONTAINS(
                                                                        CASE
                                                                          WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                        "t65"."benefit"
                                                                      )
                                                                      OR ARRAY_CONTAINS(
                                                                        CASE
                                                                          WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                        "t65"."benefit" || ':' || COALESCE("t65"."target_group", '')
                                                                      ),
                                                                      FALSE
                                                                    ),
                                                                    FALSE
                                                                  ) AS "_end_unconfirmed",
                                                                  CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                    COALESCE(
                                                                      CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                      0
                                                                    )
                                                                  ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                                  DATE_DIFF(
                                                                    'DAY',
                                                                    "t65"."_key",
                                                                    CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                      COALESCE(
                                                                        CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                        0
                                                                      )
                                                                    ) AS TIMESTAMP) AS DATE)
                                                                  ) AS "_needed"
                                                                FROM "t64" AS "t65"
                                                                WHERE
                                                                  "t65"."benefit" IN ('dagpenge')
                                                              ) AS "t70"
                                                              LEFT OUTER JOIN (
                                                                SELECT
                                                                  "t77"."person_id",
                                                                  "t77"."benefit",
                                                                  "t77"."start_date",
                                                                  FIRST(
                                                                    CAST(CAST("t77"."i_start" + TO_DAYS(CAST("t77"."_n" - "t77"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t77"."i_start"
                                                                  ) AS "_acc_point"
                                                                FROM (
                                                                  SELECT
                                                                    *
                                                                  FROM (
                                                                    SELECT
                                                                      "t71"."person_id",
                                                                      "t71"."benefit",
                                                                      "t71"."start_date",
                                                                      "t71"."_n",
                                                                      "t75"."i_start",
                                                                      "t75"."i_end",
                                                                      "t75"."cum_before"
                                                                    FROM (
                                                                      SELECT
                                                                        "t65"."person_id",
                                                                        "t65"."benefit",
                                                                        "t65"."_key" AS "start_date",
                                                                        DATE_DIFF(
                                                                          'DAY',
                                                                          "t65"."_key",
                                                                          CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                            COALESCE(
                                                                              CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                              0
                                                                            )
                                                                          ) AS TIMESTAMP) AS DATE)
                                                                        ) AS "_n"
                                                                      FROM "t64" AS "t65"
                                                                      WHERE
                                                                        "t65"."benefit" IN ('dagpenge')
                                                                        AND COALESCE(
                                                                          ARRAY_CONTAINS(
                                                                            CASE
                                                                              WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                              THEN ['dagpenge']
                                                                              ELSE CAST(NULL AS TEXT[])
                                                                            END,
                                                                            "t65"."benefit"
                                                                          ),
                                                                          FALSE
                                                                        )
                                                                    ) AS "t71"
                                                                    INNER JOIN (
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
                                                                            "t67"."person_id",
                                                                            "t67"."benefit",
                                                                            "t67"."_key",
                                                                            "t67"."_island",
                                                                            MIN("t67"."start_date") AS "i_start",
                                                                            MAX("t67"."_end") AS "i_end"
                                                                          FROM (
                                                                            SELECT
                                                                              "t66"."person_id",
                                                                              "t66"."benefit",
                                                                              "t66"."start_date",
                                                                              "t66"."_end",
                                                                              "t66"."_key",
                                                                              "t66"."_acc",
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
                                                                              "t66"."_new",
                                                                              SUM("t66"."_new") OVER (
                                                                                PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                                                ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
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
                                                                            ) AS "t66"
                                                                          ) AS "t67"
                                                                          GROUP BY
                                                                            1,
                                                                            2,
                                                                            3,
                                                                            4
                                                                        ) AS "t72"
                                                                      ) AS "t73"
                                                                    ) AS "t75"
                                                                      ON "t71"."person_id" = "t75"."person_id"
                                                                      AND "t71"."benefit" = "t75"."benefit"
                                                                      AND "t71"."start_date" = "t75"."start_date"
                                                                  ) AS "t76"
                                                                  WHERE
                                                                    (
                                                                      "t76"."i_end" = MAKE_DATE(9999, 12, 31)
                                                                    )
                                                                    OR (
                                                                      (
                                                                        "t76"."cum_before" + DATE_DIFF('DAY', "t76"."i_start", "t76"."i_end") + 1
                                                                      ) >= "t76"."_n"
                                                                    )
                                                                ) AS "t77"
                                                                GROUP BY
                                                                  1,
                                                                  2,
                                                                  3
                                                              ) AS "t79"
                                                                ON "t70"."person_id" = "t79"."person_id"
                                                                AND "t70"."benefit" = "t79"."benefit"
                                                                AND "t70"."start_date" = "t79"."start_date"
                                                            ) AS "t80"
                                                          ) AS "t81"
                                                        ) AS "t82"
                                                      ) AS "t83"
                                                    ) AS "t84"
                                                  ) AS "t85"
                                                ) AS "t88"
                                                INNER JOIN (
                                                  SELECT
                                                    "t1"."person_id" AS "_pid",
                                                    "t1"."start_date" AS "_ex_start",
                                                    "t1"."end_date" AS "_ex_end",
                                                    "t1"."reason" AS "_ex_reason"
                                                  FROM "exemptions" AS "t1"
                                                  WHERE
                                                    "t1"."start_date" <= CAST($as_of AS DATE)
                                                ) AS "t8"
                                                  ON "t88"."person_id" = "t8"."_pid"
                                                  AND "t8"."_ex_start" <= "t88"."_to"
                                                  AND "t8"."_ex_end" >= "t88"."_from"
                                              ) AS "t89"
                                              GROUP BY
                                                1,
                                                2,
                                                3
                                            ) AS "t91"
                                              ON "t86"."person_id" = "t91"."person_id"
                                              AND "t86"."benefit" = "t91"."benefit"
                                              AND "t86"."start_date" = "t91"."start_date"
                                          ) AS "t92"
                                        ) AS "t93"
                                        WHERE
                                          COALESCE(
                                            ARRAY_CONTAINS(
                                              CASE
                                                WHEN "t93"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN ['dagpenge']
                                                ELSE CAST(NULL AS TEXT[])
                                              END,
                                              "t93"."benefit"
                                            ),
                                            FALSE
                                          )
                                      ) AS "t96"
                                      INNER JOIN (
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
                                              "t67"."person_id",
                                              "t67"."benefit",
                                              "t67"."_key",
                                              "t67"."_island",
                                              MIN("t67"."start_date") AS "i_start",
                                              MAX("t67"."_end") AS "i_end"
                                            FROM (
                                              SELECT
                                                "t66"."person_id",
                                                "t66"."benefit",
                                                "t66"."start_date",
                                                "t66"."_end",
                                                "t66"."_key",
                                                "t66"."_acc",
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
                                                "t66"."_new",
                                                SUM("t66"."_new") OVER (
                                                  PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                  ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
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
                                              ) AS "t66"
                                            ) AS "t67"
                                            GROUP BY
                                              1,
                                              2,
                                              3,
                                              4
                                          ) AS "t72"
                                        ) AS "t73"
                                      ) AS "t75"
                                        ON "t96"."person_id" = "t75"."person_id"
                                        AND "t96"."benefit" = "t75"."benefit"
                                        AND "t96"."start_date" = "t75"."start_date"
                                    ) AS "t98"
                                    WHERE
                                      (
                                        "t98"."i_end" = MAKE_DATE(9999, 12, 31)
                                      )
                                      OR (
                                        (
                                          "t98"."cum_before" + DATE_DIFF('DAY', "t98"."i_start", "t98"."i_end") + 1
                                        ) >= "t98"."_n"
                                      )
                                  ) AS "t99"
                                  GROUP BY
                                    1,
                                    2,
                                    3
                                ) AS "t101"
                                  ON "t97"."person_id" = "t101"."person_id"
                                  AND "t97"."benefit" = "t101"."benefit"
                                  AND "t97"."start_date" = "t101"."start_date"
                              ) AS "t102"
                            ) AS "t103"
                          ) AS "t104"
                        ) AS "t105"
                      ) AS "t110"
                        ON "t120"."person_id" = "t110"."person_id"
                        AND "t120"."benefit" = "t110"."benefit"
                        AND "t120"."start_date" = "t110"."start_date"
                    ) AS "t122"
                  ) AS "t124"
                  WHERE
                    "t124"."_rank" < "t124"."_n"
                ) AS "t126"
                GROUP BY
                  1,
                  2,
                  3
              ) AS "t128"
            ) AS "t130"
          ) AS "t133"
            ON "t106"."person_id" = "t133"."person_id"
            AND "t106"."benefit" = "t133"."benefit"
            AND "t106"."start_date" = "t133"."start_date"
        ) AS "t136"
      ) AS "t138"
      LEFT OUTER JOIN (
        SELECT
          "t131"."person_id",
          "t131"."benefit",
          "t131"."start_date",
          "t131"."nth_date" AS "joint_date",
          "t131"."in_window" AS "joint_in_window"
        FROM (
          SELECT
            "t129".*
            EXCLUDE ("_need")
          FROM (
            SELECT
              "t127"."person_id",
              "t127"."benefit",
              "t127"."start_date",
              CASE
                WHEN "t127"."counted" >= "t127"."_need"
                THEN "t127"."nth_date"
                ELSE CAST(NULL AS DATE)
              END AS "nth_date",
              "t127"."counted",
              "t127"."in_window",
              "t127"."listed",
              "t127"."_need"
            FROM (
              SELECT
                "t125"."person_id",
                "t125"."benefit",
                "t125"."start_date",
                MAX("t125"."date") AS "nth_date",
                COUNT(*) AS "counted",
                SUM(CAST("t125"."date" <= "t125"."_due" AS INT)) AS "in_window",
                LISTAGG("t125"."description", ', ' ORDER BY "t125"."date" ASC) AS "listed",
                MAX("t125"."_n") AS "_need"
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    "t121"."person_id",
                    "t121"."benefit",
                    "t121"."start_date",
                    "t121"."date",
                    "t121"."description",
                    "t121"."_n",
                    "t121"."_due",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t121"."person_id", "t121"."benefit", "t121"."start_date"
                      ORDER BY "t121"."date" ASC, "t121"."description" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "_rank"
                  FROM (
                    SELECT
                      "t119"."person_id",
                      "t119"."benefit",
                      "t119"."start_date",
                      "t119"."date",
                      "t119"."description",
                      "t109"."_n",
                      "t109"."_due"
                    FROM (
                      SELECT
                        "t115"."person_id",
                        "t115"."benefit",
                        "t115"."start_date",
                        "t115"."date",
                        "t115"."kind" || ' ' || CAST("t115"."date" AS TEXT) || ' (' || "t115"."form" || ', ' || "t115"."held_by" || ')' AS "description"
                      FROM (
                        SELECT
                          "t113"."person_id",
                          "t113"."benefit",
                          "t113"."start_date",
                          "t113"."window_start",
                          "t113"."_first",
                          "t113"."_last",
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
                            "t105"."person_id",
                            "t105"."benefit",
                            "t105"."start_date",
                            "t105"."window_start",
                            "t105"."window_start" AS "_first",
                            COALESCE("t105"."end_date", CAST($as_of AS DATE)) AS "_last"
                          FROM (
                            SELECT
                              "t104".*
                              EXCLUDE ("_acc_point", "_needed", "_plain")
                            FROM (
                              SELECT
                                "t103"."person_id",
                                "t103"."benefit",
                                "t103"."start_date",
                                "t103"."end_date",
                                "t103"."first_contact_date",
                                "t103"."target_group",
                                "t103"."first_absence_date",
                                "t103"."sickness_category",
                                "t103"."employed",
                                "t103"."handover_date",
                                "t103"."expected_absence_weeks",
                                "t103"."work_obligation",
                                "t103"."municipality",
                                "t103"."early_followup_request_date",
                                "t103"."education_order",
                                "t103"."periods",
                                "t103"."window_start",
                                "t103"."required",
                                "t103"."required_joint",
                                "t103"."in_force",
                                "t103"."_end_unconfirmed",
                                "t103"."due0",
                                "t103"."exempt_days",
                                "t103"."exempt_now",
                                "t103"."exemption_note",
                                "t103"."due_date",
                                "t103"."_plain",
                                "t103"."_needed",
                                "t103"."_acc_point",
                                COALESCE("t103"."_acc_point", "t103"."_plain") AS "_count_from"
                              FROM (
                                SELECT
                                  "t102".*
                                  EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                    "t101"."person_id" AS "person_id_right",
                                    "t101"."benefit" AS "benefit_right",
                                    "t101"."start_date" AS "start_date_right",
                                    "t101"."_acc_point"
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
                                      "t93"."required",
                                      "t93"."required_joint",
                                      "t93"."in_force",
                                      "t93"."_end_unconfirmed",
                                      "t93"."due0",
                                      COALESCE("t93"."exempt_days", 0) AS "exempt_days",
                                      COALESCE("t93"."exempt_now", FALSE) AS "exempt_now",
                                      COALESCE("t93"."exemption_note", '') AS "exemption_note",
                                      CAST(CAST("t93"."due0" + TO_DAYS(
                                        CASE
                                          WHEN COALESCE(
                                            CASE
                                              WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                              THEN TRUE
                                              ELSE CAST(NULL AS BOOLEAN)
                                            END,
                                            FALSE
                                          )
                                          THEN COALESCE("t93"."exempt_days", 0)
                                          ELSE 0
                                        END
                                      ) AS TIMESTAMP) AS DATE) AS "due_date",
                                      CAST(CAST("t93"."window_start" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t93"."window_start" >= MAKE_DATE(2024, 1, 1)
                                            THEN 3
                                            WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 0
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                                      DATE_DIFF(
                                        'DAY',
                                        "t93"."window_start",
                                        CAST(CAST("t93"."window_start" + TO_MONTHS(
                                          COALESCE(
                                            CASE
                                              WHEN "t93"."window_start" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                              THEN 0
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          )
                                        ) AS TIMESTAMP) AS DATE)
                                      ) AS "_needed"
                                    FROM (
                                      SELECT
                                        "t92".*
                                        EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                                      FROM (
                                        SELECT
                                          "t86"."person_id",
                                          "t86"."benefit",
                                          "t86"."start_date",
                                          "t86"."end_date",
                                          "t86"."first_contact_date",
                                          "t86"."target_group",
                                          "t86"."first_absence_date",
                                          "t86"."sickness_category",
                                          "t86"."employed",
                                          "t86"."handover_date",
                                          "t86"."expected_absence_weeks",
                                          "t86"."work_obligation",
                                          "t86"."municipality",
                                          "t86"."early_followup_request_date",
                                          "t86"."education_order",
                                          "t86"."periods",
                                          "t86"."window_start",
                                          "t86"."required",
                                          "t86"."required_joint",
                                          "t86"."in_force",
                                          "t86"."_end_unconfirmed",
                                          "t86"."due0",
                                          "t91"."person_id" AS "person_id_right",
                                          "t91"."benefit" AS "benefit_right",
                                          "t91"."start_date" AS "start_date_right",
                                          "t91"."exempt_days",
                                          "t91"."exempt_now",
                                          "t91"."exemption_note"
                                        FROM (
                                          SELECT
                                            "t84".*
                                            EXCLUDE ("_point")
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
                                              "t83"."required",
                                              "t83"."required_joint",
                                              "t83"."in_force",
                                              "t83"."_end_unconfirmed",
                                              "t83"."_point",
                                              CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                            FROM (
                                              SELECT
                                                "t82".*
                                                EXCLUDE ("_acc_point", "_needed", "_plain")
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
                                                  "t81"."_acc_point",
                                                  COALESCE("t81"."_acc_point", "t81"."_plain") AS "_point"
                                                FROM (
                                                  SELECT
                                                    "t80".*
                                                    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                                      "t70"."required",
                                                      "t70"."required_joint",
                                                      "t70"."in_force",
                                                      "t70"."_end_unconfirmed",
                                                      "t70"."_plain",
                                                      "t70"."_needed",
                                                      "t79"."person_id" AS "person_id_right",
                                                      "t79"."benefit" AS "benefit_right",
                                                      "t79"."start_date" AS "start_date_right",
                                                      "t79"."_acc_point"
                                                    FROM (
                                                      SELECT
                                                        "t65"."person_id",
                                                        "t65"."benefit",
                                                        "t65"."_key" AS "start_date",
                                                        CASE
                                                          WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                          THEN CAST(NULL AS DATE)
                                                          ELSE "t65"."_end"
                                                        END AS "end_date",
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
                                                        "t65"."periods",
                                                        "t65"."_key" AS "window_start",
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 3
                                                            WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 4
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        ) + COALESCE(
                                                          CASE
                                                            WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 0
                                                            WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 0
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        ) AS "required",
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 0
                                                            WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 0
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        ) AS "required_joint",
                                                        (
                                                          CASE
                                                            WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 3
                                                            WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 4
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END IS NOT NULL
                                                        )
                                                        AND (
                                                          CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                        ) AS "in_force",
                                                        COALESCE(
                                                          (
                                                            CASE
                                                              WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 3
                                                              WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 4
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END IS NULL
                                                          )
                                                          AND COALESCE(
                                                            ARRAY_CONTAINS(
                                                              CASE
                                                                WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                              "t65"."benefit"
                                                            )
                                                            OR ARRAY_CONTAINS(
                                                              CASE
                                                                WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                              "t65"."benefit" || ':' || COALESCE("t65"."target_group", '')
                                                            ),
                                                            FALSE
                                                          ),
                                                          FALSE
                                                        ) AS "_end_unconfirmed",
                                                        CAST(CAST("t65"."_key" + TO_MONTHS(
                                                          COALESCE(
                                                            CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                            0
                                                          )
                                                        ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                        DATE_DIFF(
                                                          'DAY',
                                                          "t65"."_key",
                                                          CAST(CAST("t65"."_key" + TO_MONTHS(
                                                            COALESCE(
                                                              CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                              0
                                                            )
                                                          ) AS TIMESTAMP) AS DATE)
                                                        ) AS "_needed"
                                                      FROM "t64" AS "t65"
                                                      WHERE
                                                        "t65"."benefit" IN ('dagpenge')
                                                    ) AS "t70"
                                                    LEFT OUTER JOIN (
                                                      SELECT
                                                        "t77"."person_id",
                                                        "t77"."benefit",
                                                        "t77"."start_date",
                                                        FIRST(
                                                          CAST(CAST("t77"."i_start" + TO_DAYS(CAST("t77"."_n" - "t77"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t77"."i_start"
                                                        ) AS "_acc_point"
                                                      FROM (
                                                        SELECT
                                                          *
                                                        FROM (
                                                          SELECT
                                                            "t71"."person_id",
                                                            "t71"."benefit",
                                                            "t71"."start_date",
                                                            "t71"."_n",
                                                            "t75"."i_start",
                                                            "t75"."i_end",
                                                            "t75"."cum_before"
                                                          FROM (
                                                            SELECT
                                                              "t65"."person_id",
                                                              "t65"."benefit",
                                                              "t65"."_key" AS "start_date",
                                                              DATE_DIFF(
                                                                'DAY',
                                                                "t65"."_key",
                                                                CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                  COALESCE(
                                                                    CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                    0
                                                                  )
                                                                ) AS TIMESTAMP) AS DATE)
                                                              ) AS "_n"
                                                            FROM "t64" AS "t65"
                                                            WHERE
                                                              "t65"."benefit" IN ('dagpenge')
                                                              AND COALESCE(
                                                                ARRAY_CONTAINS(
                                                                  CASE
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                    THEN ['dagpenge']
                                                                    ELSE CAST(NULL AS TEXT[])
                                                                  END,
                                                                  "t65"."benefit"
                                                                ),
                                                                FALSE
                                                              )
                                                          ) AS "t71"
                                                          INNER JOIN (
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
                                                                  "t67"."person_id",
                                                                  "t67"."benefit",
                                                                  "t67"."_key",
                                                                  "t67"."_island",
                                                                  MIN("t67"."start_date") AS "i_start",
                                                                  MAX("t67"."_end") AS "i_end"
                                                                FROM (
                                                                  SELECT
                                                                    "t66"."person_id",
                                                                    "t66"."benefit",
                                                                    "t66"."start_date",
                                                                    "t66"."_end",
                                                                    "t66"."_key",
                                                                    "t66"."_acc",
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
                                                                    "t66"."_new",
                                                                    SUM("t66"."_new") OVER (
                                                                      PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                                      ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
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
                                                                  ) AS "t66"
                                                                ) AS "t67"
                                                                GROUP BY
                                                                  1,
                                                                  2,
                                                                  3,
                                                                  4
                                                              ) AS "t72"
                                                            ) AS "t73"
                                                          ) AS "t75"
                                                            ON "t71"."person_id" = "t75"."person_id"
                                                            AND "t71"."benefit" = "t75"."benefit"
                                                            AND "t71"."start_date" = "t75"."start_date"
                                                        ) AS "t76"
                                                        WHERE
                                                          (
                                                            "t76"."i_end" = MAKE_DATE(9999, 12, 31)
                                                          )
                                                          OR (
                                                            (
                                                              "t76"."cum_before" + DATE_DIFF('DAY', "t76"."i_start", "t76"."i_end") + 1
                                                            ) >= "t76"."_n"
                                                          )
                                                      ) AS "t77"
                                                      GROUP BY
                                                        1,
                                                        2,
                                                        3
                                                    ) AS "t79"
                                                      ON "t70"."person_id" = "t79"."person_id"
                                                      AND "t70"."benefit" = "t79"."benefit"
                                                      AND "t70"."start_date" = "t79"."start_date"
                                                  ) AS "t80"
                                                ) AS "t81"
                                              ) AS "t82"
                                            ) AS "t83"
                                          ) AS "t84"
                                        ) AS "t86"
                                        LEFT OUTER JOIN (
                                          SELECT
                                            "t89"."person_id",
                                            "t89"."benefit",
                                            "t89"."start_date",
                                            CAST(SUM(
                                              DATE_DIFF(
                                                'DAY',
                                                GREATEST("t89"."_ex_start", "t89"."_from"),
                                                LEAST("t89"."_ex_end", "t89"."_to")
                                              ) + 1
                                            ) AS INT) AS "exempt_days",
                                            BOOL_OR(
                                              CAST((
                                                "t89"."_ex_start" <= CAST($as_of AS DATE)
                                              )
                                              AND (
                                                "t89"."_ex_end" >= CAST($as_of AS DATE)
                                              ) AS BOOLEAN)
                                            ) AS "exempt_now",
                                            LISTAGG(
                                              
                                                'fritaget ' || CAST("t89"."_ex_start" AS TEXT) || '–' || CAST("t89"."_ex_end" AS TEXT) || ' (' || "t89"."_ex_reason" || ')',
                                                ', ' ORDER BY "t89"."_ex_start" ASC
                                              
                                            ) AS "exemption_note"
                                          FROM (
                                            SELECT
                                              "t88"."person_id",
                                              "t88"."benefit",
                                              "t88"."start_date",
                                              "t88"."_from",
                                              "t88"."_to",
                                              "t8"."_pid",
                                              "t8"."_ex_start",
                                              "t8"."_ex_end",
                                              "t8"."_ex_reason"
                                            FROM (
                                              SELECT
                                                "t85"."person_id",
                                                "t85"."benefit",
                                                "t85"."start_date",
                                                "t85"."window_start" AS "_from",
                                                "t85"."due0" AS "_to"
                                              FROM (
                                                SELECT
                                                  "t84".*
                                                  EXCLUDE ("_point")
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
                                                    "t83"."required",
                                                    "t83"."required_joint",
                                                    "t83"."in_force",
                                                    "t83"."_end_unconfirmed",
                                                    "t83"."_point",
                                                    CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                                  FROM (
                                                    SELECT
                                                      "t82".*
                                                      EXCLUDE ("_acc_point", "_needed", "_plain")
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
                                                        "t81"."_acc_point",
                                                        COALESCE("t81"."_acc_point", "t81"."_plain") AS "_point"
                                                      FROM (
                                                        SELECT
                                                          "t80".*
                                                          EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                                            "t70"."required",
                                                            "t70"."required_joint",
                                                            "t70"."in_force",
                                                            "t70"."_end_unconfirmed",
                                                            "t70"."_plain",
                                                            "t70"."_needed",
                                                            "t79"."person_id" AS "person_id_right",
                                                            "t79"."benefit" AS "benefit_right",
                                                            "t79"."start_date" AS "start_date_right",
                                                            "t79"."_acc_point"
                                                          FROM (
                                                            SELECT
                                                              "t65"."person_id",
                                                              "t65"."benefit",
                                                              "t65"."_key" AS "start_date",
                                                              CASE
                                                                WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                                THEN CAST(NULL AS DATE)
                                                                ELSE "t65"."_end"
                                                              END AS "end_date",
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
                                                              "t65"."periods",
                                                              "t65"."_key" AS "window_start",
                                                              COALESCE(
                                                                CASE
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                  THEN CAST(NULL AS BIGINT)
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                  THEN 3
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                  THEN 4
                                                                  ELSE CAST(NULL AS BIGINT)
                                                                END,
                                                                0
                                                              ) + COALESCE(
                                                                CASE
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                  THEN CAST(NULL AS BIGINT)
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                  THEN 0
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                  THEN 0
                                                                  ELSE CAST(NULL AS BIGINT)
                                                                END,
                                                                0
                                                              ) AS "required",
                                                              COALESCE(
                                                                CASE
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                  THEN CAST(NULL AS BIGINT)
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                  THEN 0
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                  THEN 0
                                                                  ELSE CAST(NULL AS BIGINT)
                                                                END,
                                                                0
                                                              ) AS "required_joint",
                                                              (
                                                                CASE
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                  THEN CAST(NULL AS BIGINT)
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                  THEN 3
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                  THEN 4
                                                                  ELSE CAST(NULL AS BIGINT)
                                                                END IS NOT NULL
                                                              )
                                                              AND (
                                                                CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                              ) AS "in_force",
                                                              COALESCE(
                                                                (
                                                                  CASE
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                    THEN CAST(NULL AS BIGINT)
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                    THEN 3
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                    THEN 4
                                                                    ELSE CAST(NULL AS BIGINT)
                                                                  END IS NULL
                                                                )
                                                                AND COALESCE(
                                                                  ARRAY_CONTAINS(
                                                                    CASE
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                    "t65"."benefit"
                                                                  )
                                                                  OR ARRAY_CONTAINS(
                                                                    CASE
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                    "t65"."benefit" || ':' || COALESCE("t65"."target_group", '')
                                                                  ),
                                                                  FALSE
                                                                ),
                                                                FALSE
                                                              ) AS "_end_unconfirmed",
                                                              CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                COALESCE(
                                                                  CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                  0
                                                                )
                                                              ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                              DATE_DIFF(
                                                                'DAY',
                                                                "t65"."_key",
                                                                CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                  COALESCE(
                                                                    CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                    0
                                                                  )
                                                                ) AS TIMESTAMP) AS DATE)
                                                              ) AS "_needed"
                                                            FROM "t64" AS "t65"
                                                            WHERE
                                                              "t65"."benefit" IN ('dagpenge')
                                                          ) AS "t70"
                                                          LEFT OUTER JOIN (
                                                            SELECT
                                                              "t77"."person_id",
                                                              "t77"."benefit",
                                                              "t77"."start_date",
                                                              FIRST(
                                                                CAST(CAST("t77"."i_start" + TO_DAYS(CAST("t77"."_n" - "t77"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t77"."i_start"
                                                              ) AS "_acc_point"
                                                            FROM (
                                                              SELECT
                                                                *
                                                              FROM (
                                                                SELECT
                                                                  "t71"."person_id",
                                                                  "t71"."benefit",
                                                                  "t71"."start_date",
                                                                  "t71"."_n",
                                                                  "t75"."i_start",
                                                                  "t75"."i_end",
                                                                  "t75"."cum_before"
                                                                FROM (
                                                                  SELECT
                                                                    "t65"."person_id",
                                                                    "t65"."benefit",
                                                                    "t65"."_key" AS "start_date",
                                                                    DATE_DIFF(
                                                                      'DAY',
                                                                      "t65"."_key",
                                                                      CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                        COALESCE(
                                                                          CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                          0
                                                                        )
                                                                      ) AS TIMESTAMP) AS DATE)
                                                                    ) AS "_n"
                                                                  FROM "t64" AS "t65"
                                                                  WHERE
                                                                    "t65"."benefit" IN ('dagpenge')
                                                                    AND COALESCE(
                                                                      ARRAY_CONTAINS(
                                                                        CASE
                                                                          WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                          THEN ['dagpenge']
                                                                          ELSE CAST(NULL AS TEXT[])
                                                                        END,
                                                                        "t65"."benefit"
                                                                      ),
                                                                      FALSE
                                                                    )
                                                                ) AS "t71"
                                                                INNER JOIN (
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
                                                                        "t67"."person_id",
                                                                        "t67"."benefit",
                                                                        "t67"."_key",
                                                                        "t67"."_island",
                                                                        MIN("t67"."start_date") AS "i_start",
                                                                        MAX("t67"."_end") AS "i_end"
                                                                      FROM (
                                                                        SELECT
                                                                          "t66"."person_id",
                                                                          "t66"."benefit",
                                                                          "t66"."start_date",
                                                                          "t66"."_end",
                                                                          "t66"."_key",
                                                                          "t66"."_acc",
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
                                                                          "t66"."_new",
                                                                          SUM("t66"."_new") OVER (
                                                                            PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                                            ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
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
                                                                        ) AS "t66"
                                                                      ) AS "t67"
                                                                      GROUP BY
                                                                        1,
                                                                        2,
                                                                        3,
                                                                        4
                                                                    ) AS "t72"
                                                                  ) AS "t73"
                                                                ) AS "t75"
                                                                  ON "t71"."person_id" = "t75"."person_id"
                                                                  AND "t71"."benefit" = "t75"."benefit"
                                                                  AND "t71"."start_date" = "t75"."start_date"
                                                              ) AS "t76"
                                                              WHERE
                                                                (
                                                                  "t76"."i_end" = MAKE_DATE(9999, 12, 31)
                                                                )
                                                                OR (
                                                                  (
                                                                    "t76"."cum_before" + DATE_DIFF('DAY', "t76"."i_start", "t76"."i_end") + 1
                                                                  ) >= "t76"."_n"
                                                                )
                                                            ) AS "t77"
                                                            GROUP BY
                                                              1,
                                                              2,
                                                              3
                                                          ) AS "t79"
                                                            ON "t70"."person_id" = "t79"."person_id"
                                                            AND "t70"."benefit" = "t79"."benefit"
                                                            AND "t70"."start_date" = "t79"."start_date"
                                                        ) AS "t80"
                                                      ) AS "t81"
                                                    ) AS "t82"
                                                  ) AS "t83"
                                                ) AS "t84"
                                              ) AS "t85"
                                            ) AS "t88"
                                            INNER JOIN (
                                              SELECT
                                                "t1"."person_id" AS "_pid",
                                                "t1"."start_date" AS "_ex_start",
                                                "t1"."end_date" AS "_ex_end",
                                                "t1"."reason" AS "_ex_reason"
                                              FROM "exemptions" AS "t1"
                                              WHERE
                                                "t1"."start_date" <= CAST($as_of AS DATE)
                                            ) AS "t8"
                                              ON "t88"."person_id" = "t8"."_pid"
                                              AND "t8"."_ex_start" <= "t88"."_to"
                                              AND "t8"."_ex_end" >= "t88"."_from"
                                          ) AS "t89"
                                          GROUP BY
                                            1,
                                            2,
                                            3
                                        ) AS "t91"
                                          ON "t86"."person_id" = "t91"."person_id"
                                          AND "t86"."benefit" = "t91"."benefit"
                                          AND "t86"."start_date" = "t91"."start_date"
                                      ) AS "t92"
                                    ) AS "t93"
                                  ) AS "t97"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t99"."person_id",
                                      "t99"."benefit",
                                      "t99"."start_date",
                                      FIRST(
                                        CAST(CAST("t99"."i_start" + TO_DAYS(CAST("t99"."_n" - "t99"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t99"."i_start"
                                      ) AS "_acc_point"
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t96"."person_id",
                                          "t96"."benefit",
                                          "t96"."start_date",
                                          "t96"."_n",
                                          "t75"."i_start",
                                          "t75"."i_end",
                                          "t75"."cum_before"
                                        FROM (
                                          SELECT
                                            "t93"."person_id",
                                            "t93"."benefit",
                                            "t93"."start_date",
                                            DATE_DIFF(
                                              'DAY',
                                              "t93"."window_start",
                                              CAST(CAST("t93"."window_start" + TO_MONTHS(
                                                COALESCE(
                                                  CASE
                                                    WHEN "t93"."window_start" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 0
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                )
                                              ) AS TIMESTAMP) AS DATE)
                                            ) AS "_n"
                                          FROM (
                                            SELECT
                                              "t92".*
                                              EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                                            FROM (
                                              SELECT
                                                "t86"."person_id",
                                                "t86"."benefit",
                                                "t86"."start_date",
                                                "t86"."end_date",
                                                "t86"."first_contact_date",
                                                "t86"."target_group",
                                                "t86"."first_absence_date",
                                                "t86"."sickness_category",
                                                "t86"."employed",
                                                "t86"."handover_date",
                                                "t86"."expected_absence_weeks",
                                                "t86"."work_obligation",
                                                "t86"."municipality",
                                                "t86"."early_followup_request_date",
                                                "t86"."education_order",
                                                "t86"."periods",
                                                "t86"."window_start",
                                                "t86"."required",
                                                "t86"."required_joint",
                                                "t86"."in_force",
                                                "t86"."_end_unconfirmed",
                                                "t86"."due0",
                                                "t91"."person_id" AS "person_id_right",
                                                "t91"."benefit" AS "benefit_right",
                                                "t91"."start_date" AS "start_date_right",
                                                "t91"."exempt_days",
                                                "t91"."exempt_now",
                                                "t91"."exemption_note"
                                              FROM (
                                                SELECT
                                                  "t84".*
                                                  EXCLUDE ("_point")
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
                                                    "t83"."required",
                                                    "t83"."required_joint",
                                                    "t83"."in_force",
                                                    "t83"."_end_unconfirmed",
                                                    "t83"."_point",
                                                    CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                                  FROM (
                                                    SELECT
                                                      "t82".*
                                                      EXCLUDE ("_acc_point", "_needed", "_plain")
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
                                                        "t81"."_acc_point",
                                                        COALESCE("t81"."_acc_point", "t81"."_plain") AS "_point"
                                                      FROM (
                                                        SELECT
                                                          "t80".*
                                                          EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                                            "t70"."required",
                                                            "t70"."required_joint",
                                                            "t70"."in_force",
                                                            "t70"."_end_unconfirmed",
                                                            "t70"."_plain",
                                                            "t70"."_needed",
                                                            "t79"."person_id" AS "person_id_right",
                                                            "t79"."benefit" AS "benefit_right",
                                                            "t79"."start_date" AS "start_date_right",
                                                            "t79"."_acc_point"
                                                          FROM (
                                                            SELECT
                                                              "t65"."person_id",
                                                              "t65"."benefit",
                                                              "t65"."_key" AS "start_date",
                                                              CASE
                                                                WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                                THEN CAST(NULL AS DATE)
                                                                ELSE "t65"."_end"
                                                              END AS "end_date",
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
                                                              "t65"."periods",
                                                              "t65"."_key" AS "window_start",
                                                              COALESCE(
                                                                CASE
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                  THEN CAST(NULL AS BIGINT)
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                  THEN 3
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                  THEN 4
                                                                  ELSE CAST(NULL AS BIGINT)
                                                                END,
                                                                0
                                                              ) + COALESCE(
                                                                CASE
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                  THEN CAST(NULL AS BIGINT)
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                  THEN 0
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                  THEN 0
                                                                  ELSE CAST(NULL AS BIGINT)
                                                                END,
                                                                0
                                                              ) AS "required",
                                                              COALESCE(
                                                                CASE
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                  THEN CAST(NULL AS BIGINT)
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                  THEN 0
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                  THEN 0
                                                                  ELSE CAST(NULL AS BIGINT)
                                                                END,
                                                                0
                                                              ) AS "required_joint",
                                                              (
                                                                CASE
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                  THEN CAST(NULL AS BIGINT)
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                  THEN 3
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                  THEN 4
                                                                  ELSE CAST(NULL AS BIGINT)
                                                                END IS NOT NULL
                                                              )
                                                              AND (
                                                                CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                              ) AS "in_force",
                                                              COALESCE(
                                                                (
                                                                  CASE
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                    THEN CAST(NULL AS BIGINT)
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                    THEN 3
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                    THEN 4
                                                                    ELSE CAST(NULL AS BIGINT)
                                                                  END IS NULL
                                                                )
                                                                AND COALESCE(
                                                                  ARRAY_CONTAINS(
                                                                    CASE
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                    "t65"."benefit"
                                                                  )
                                                                  OR ARRAY_CONTAINS(
                                                                    CASE
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                    "t65"."benefit" || ':' || COALESCE("t65"."target_group", '')
                                                                  ),
                                                                  FALSE
                                                                ),
                                                                FALSE
                                                              ) AS "_end_unconfirmed",
                                                              CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                COALESCE(
                                                                  CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                  0
                                                                )
                                                              ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                              DATE_DIFF(
                                                                'DAY',
                                                                "t65"."_key",
                                                                CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                  COALESCE(
                                                                    CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                    0
                                                                  )
                                                                ) AS TIMESTAMP) AS DATE)
                                                              ) AS "_needed"
                                                            FROM "t64" AS "t65"
                                                            WHERE
                                                              "t65"."benefit" IN ('dagpenge')
                                                          ) AS "t70"
                                                          LEFT OUTER JOIN (
                                                            SELECT
                                                              "t77"."person_id",
                                                              "t77"."benefit",
                                                              "t77"."start_date",
                                                              FIRST(
                                                                CAST(CAST("t77"."i_start" + TO_DAYS(CAST("t77"."_n" - "t77"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t77"."i_start"
                                                              ) AS "_acc_point"
                                                            FROM (
                                                              SELECT
                                                                *
                                                              FROM (
                                                                SELECT
                                                                  "t71"."person_id",
                                                                  "t71"."benefit",
                                                                  "t71"."start_date",
                                                                  "t71"."_n",
                                                                  "t75"."i_start",
                                                                  "t75"."i_end",
                                                                  "t75"."cum_before"
                                                                FROM (
                                                                  SELECT
                                                                    "t65"."person_id",
                                                                    "t65"."benefit",
                                                                    "t65"."_key" AS "start_date",
                                                                    DATE_DIFF(
                                                                      'DAY',
                                                                      "t65"."_key",
                                                                      CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                        COALESCE(
                                                                          CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                          0
                                                                        )
                                                                      ) AS TIMESTAMP) AS DATE)
                                                                    ) AS "_n"
                                                                  FROM "t64" AS "t65"
                                                                  WHERE
                                                                    "t65"."benefit" IN ('dagpenge')
                                                                    AND COALESCE(
                                                                      ARRAY_CONTAINS(
                                                                        CASE
                                                                          WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                          THEN ['dagpenge']
                                                                          ELSE CAST(NULL AS TEXT[])
                                                                        END,
                                                                        "t65"."benefit"
                                                                      ),
                                                                      FALSE
                                                                    )
                                                                ) AS "t71"
                                                                INNER JOIN (
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
                                                                        "t67"."person_id",
                                                                        "t67"."benefit",
                                                                        "t67"."_key",
                                                                        "t67"."_island",
                                                                        MIN("t67"."start_date") AS "i_start",
                                                                        MAX("t67"."_end") AS "i_end"
                                                                      FROM (
                                                                        SELECT
                                                                          "t66"."person_id",
                                                                          "t66"."benefit",
                                                                          "t66"."start_date",
                                                                          "t66"."_end",
                                                                          "t66"."_key",
                                                                          "t66"."_acc",
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
                                                                          "t66"."_new",
                                                                          SUM("t66"."_new") OVER (
                                                                            PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                                            ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
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
                                                                        ) AS "t66"
                                                                      ) AS "t67"
                                                                      GROUP BY
                                                                        1,
                                                                        2,
                                                                        3,
                                                                        4
                                                                    ) AS "t72"
                                                                  ) AS "t73"
                                                                ) AS "t75"
                                                                  ON "t71"."person_id" = "t75"."person_id"
                                                                  AND "t71"."benefit" = "t75"."benefit"
                                                                  AND "t71"."start_date" = "t75"."start_date"
                                                              ) AS "t76"
                                                              WHERE
                                                                (
                                                                  "t76"."i_end" = MAKE_DATE(9999, 12, 31)
                                                                )
                                                                OR (
                                                                  (
                                                                    "t76"."cum_before" + DATE_DIFF('DAY', "t76"."i_start", "t76"."i_end") + 1
                                                                  ) >= "t76"."_n"
                                                                )
                                                            ) AS "t77"
                                                            GROUP BY
                                                              1,
                                                              2,
                                                              3
                                                          ) AS "t79"
                                                            ON "t70"."person_id" = "t79"."person_id"
                                                            AND "t70"."benefit" = "t79"."benefit"
                                                            AND "t70"."start_date" = "t79"."start_date"
                                                        ) AS "t80"
                                                      ) AS "t81"
                                                    ) AS "t82"
                                                  ) AS "t83"
                                                ) AS "t84"
                                              ) AS "t86"
                                              LEFT OUTER JOIN (
                                                SELECT
                                                  "t89"."person_id",
                                                  "t89"."benefit",
                                                  "t89"."start_date",
                                                  CAST(SUM(
                                                    DATE_DIFF(
                                                      'DAY',
                                                      GREATEST("t89"."_ex_start", "t89"."_from"),
                                                      LEAST("t89"."_ex_end", "t89"."_to")
                                                    ) + 1
                                                  ) AS INT) AS "exempt_days",
                                                  BOOL_OR(
                                                    CAST((
                                                      "t89"."_ex_start" <= CAST($as_of AS DATE)
                                                    )
                                                    AND (
                                                      "t89"."_ex_end" >= CAST($as_of AS DATE)
                                                    ) AS BOOLEAN)
                                                  ) AS "exempt_now",
                                                  LISTAGG(
                                                    
                                                      'fritaget ' || CAST("t89"."_ex_start" AS TEXT) || '–' || CAST("t89"."_ex_end" AS TEXT) || ' (' || "t89"."_ex_reason" || ')',
                                                      ', ' ORDER BY "t89"."_ex_start" ASC
                                                    
                                                  ) AS "exemption_note"
                                                FROM (
                                                  SELECT
                                                    "t88"."person_id",
                                                    "t88"."benefit",
                                                    "t88"."start_date",
                                                    "t88"."_from",
                                                    "t88"."_to",
                                                    "t8"."_pid",
                                                    "t8"."_ex_start",
                                                    "t8"."_ex_end",
                                                    "t8"."_ex_reason"
                                                  FROM (
                                                    SELECT
                                                      "t85"."person_id",
                                                      "t85"."benefit",
                                                      "t85"."start_date",
                                                      "t85"."window_start" AS "_from",
                                                      "t85"."due0" AS "_to"
                                                    FROM (
                                                      SELECT
                                                        "t84".*
                                                        EXCLUDE ("_point")
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
                                                          "t83"."required",
                                                          "t83"."required_joint",
                                                          "t83"."in_force",
                                                          "t83"."_end_unconfirmed",
                                                          "t83"."_point",
                                                          CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                                        FROM (
                                                          SELECT
                                                            "t82".*
                                                            EXCLUDE ("_acc_point", "_needed", "_plain")
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
                                                              "t81"."_acc_point",
                                                              COALESCE("t81"."_acc_point", "t81"."_plain") AS "_point"
                                                            FROM (
                                                              SELECT
                                                                "t80".*
                                                                EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                                                  "t70"."required",
                                                                  "t70"."required_joint",
                                                                  "t70"."in_force",
                                                                  "t70"."_end_unconfirmed",
                                                                  "t70"."_plain",
                                                                  "t70"."_needed",
                                                                  "t79"."person_id" AS "person_id_right",
                                                                  "t79"."benefit" AS "benefit_right",
                                                                  "t79"."start_date" AS "start_date_right",
                                                                  "t79"."_acc_point"
                                                                FROM (
                                                                  SELECT
                                                                    "t65"."person_id",
                                                                    "t65"."benefit",
                                                                    "t65"."_key" AS "start_date",
                                                                    CASE
                                                                      WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                                      THEN CAST(NULL AS DATE)
                                                                      ELSE "t65"."_end"
                                                                    END AS "end_date",
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
                                                                    "t65"."periods",
                                                                    "t65"."_key" AS "window_start",
                                                                    COALESCE(
                                                                      CASE
                                                                        WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                        THEN CAST(NULL AS BIGINT)
                                                                        WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                        THEN 3
                                                                        WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                        THEN 4
                                                                        ELSE CAST(NULL AS BIGINT)
                                                                      END,
                                                                      0
                                                                    ) + COALESCE(
                                                                      CASE
                                                                        WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                        THEN CAST(NULL AS BIGINT)
                                                                        WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                        THEN 0
                                                                        WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                        THEN 0
                                                                        ELSE CAST(NULL AS BIGINT)
                                                                      END,
                                                                      0
                                                                    ) AS "required",
                                                                    COALESCE(
                                                                      CASE
                                                                        WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                        THEN CAST(NULL AS BIGINT)
                                                                        WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                        THEN 0
                                                                        WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                        THEN 0
                                                                        ELSE CAST(NULL AS BIGINT)
                                                                      END,
                                                                      0
                                                                    ) AS "required_joint",
                                                                    (
                                                                      CASE
                                                                        WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                        THEN CAST(NULL AS BIGINT)
                                                                        WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                        THEN 3
                                                                        WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                        THEN 4
                                                                        ELSE CAST(NULL AS BIGINT)
                                                                      END IS NOT NULL
                                                                    )
                                                                    AND (
                                                                      CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                                    ) AS "in_force",
                                                                    COALESCE(
                                                                      (
                                                                        CASE
                                                                          WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                          THEN CAST(NULL AS BIGINT)
                                                                          WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                          THEN 3
                                                                          WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                          THEN 4
                                                                          ELSE CAST(NULL AS BIGINT)
                                                                        END IS NULL
                                                                      )
                                                                      AND COALESCE(
                                                                        ARRAY_CONTAINS(
                                                                          CASE
                                                                            WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                          "t65"."benefit"
                                                                        )
                                                                        OR ARRAY_CONTAINS(
                                                                          CASE
                                                                            WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                          "t65"."benefit" || ':' || COALESCE("t65"."target_group", '')
                                                                        ),
                                                                        FALSE
                                                                      ),
                                                                      FALSE
                                                                    ) AS "_end_unconfirmed",
                                                                    CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                      COALESCE(
                                                                        CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                        0
                                                                      )
                                                                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                                    DATE_DIFF(
                                                                      'DAY',
                                                                      "t65"."_key",
                                                                      CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                        COALESCE(
                                                                          CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                          0
                                                                        )
                                                                      ) AS TIMESTAMP) AS DATE)
                                                                    ) AS "_needed"
                                                                  FROM "t64" AS "t65"
                                                                  WHERE
                                                                    "t65"."benefit" IN ('dagpenge')
                                                                ) AS "t70"
                                                                LEFT OUTER JOIN (
                                                                  SELECT
                                                                    "t77"."person_id",
                                                                    "t77"."benefit",
                                                                    "t77"."start_date",
                                                                    FIRST(
                                                                      CAST(CAST("t77"."i_start" + TO_DAYS(CAST("t77"."_n" - "t77"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t77"."i_start"
                                                                    ) AS "_acc_point"
                                                                  FROM (
                                                                    SELECT
                                                                      *
                                                                    FROM (
                                                                      SELECT
                                                                        "t71"."person_id",
                                                                        "t71"."benefit",
                                                                        "t71"."start_date",
                                                                        "t71"."_n",
                                                                        "t75"."i_start",
                                                                        "t75"."i_end",
                                                                        "t75"."cum_before"
                                                                      FROM (
                                                                        SELECT
                                                                          "t65"."person_id",
                                                                          "t65"."benefit",
                                                                          "t65"."_key" AS "start_date",
                                                                          DATE_DIFF(
                                                                            'DAY',
                                                                            "t65"."_key",
                                                                            CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                              COALESCE(
                                                                                CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                                0
                                                                              )
                                                                            ) AS TIMESTAMP) AS DATE)
                                                                          ) AS "_n"
                                                                        FROM "t64" AS "t65"
                                                                        WHERE
                                                                          "t65"."benefit" IN ('dagpenge')
                                                                          AND COALESCE(
                                                                            ARRAY_CONTAINS(
                                                                              CASE
                                                                                WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                                THEN ['dagpenge']
                                                                                ELSE CAST(NULL AS TEXT[])
                                                                              END,
                                                                              "t65"."benefit"
                                                                            ),
                                                                            FALSE
                                                                          )
                                                                      ) AS "t71"
                                                                      INNER JOIN (
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
                                                                              "t67"."person_id",
                                                                              "t67"."benefit",
                                                                              "t67"."_key",
                                                                              "t67"."_island",
                                                                              MIN("t67"."start_date") AS "i_start",
                                                                              MAX("t67"."_end") AS "i_end"
                                                                            FROM (
                                                                              SELECT
                                                                                "t66"."person_id",
                                                                                "t66"."benefit",
                                                                                "t66"."start_date",
                                                                                "t66"."_end",
                                                                                "t66"."_key",
                                                                                "t66"."_acc",
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
                                                                                "t66"."_new",
                                                                                SUM("t66"."_new") OVER (
                                                                                  PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                                                  ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
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
                                                                              ) AS "t66"
                                                                            ) AS "t67"
                                                                            GROUP BY
                                                                              1,
                                                                              2,
                                                                              3,
                                                                              4
                                                                          ) AS "t72"
                                                                        ) AS "t73"
                                                                      ) AS "t75"
                                                                        ON "t71"."person_id" = "t75"."person_id"
                                                                        AND "t71"."benefit" = "t75"."benefit"
                                                                        AND "t71"."start_date" = "t75"."start_date"
                                                                    ) AS "t76"
                                                                    WHERE
                                                                      (
                                                                        "t76"."i_end" = MAKE_DATE(9999, 12, 31)
                                                                      )
                                                                      OR (
                                                                        (
                                                                          "t76"."cum_before" + DATE_DIFF('DAY', "t76"."i_start", "t76"."i_end") + 1
                                                                        ) >= "t76"."_n"
                                                                      )
                                                                  ) AS "t77"
                                                                  GROUP BY
                                                                    1,
                                                                    2,
                                                                    3
                                                                ) AS "t79"
                                                                  ON "t70"."person_id" = "t79"."person_id"
                                                                  AND "t70"."benefit" = "t79"."benefit"
                                                                  AND "t70"."start_date" = "t79"."start_date"
                                                              ) AS "t80"
                                                            ) AS "t81"
                                                          ) AS "t82"
                                                        ) AS "t83"
                                                      ) AS "t84"
                                                    ) AS "t85"
                                                  ) AS "t88"
                                                  INNER JOIN (
                                                    SELECT
                                                      "t1"."person_id" AS "_pid",
                                                      "t1"."start_date" AS "_ex_start",
                                                      "t1"."end_date" AS "_ex_end",
                                                      "t1"."reason" AS "_ex_reason"
                                                    FROM "exemptions" AS "t1"
                                                    WHERE
                                                      "t1"."start_date" <= CAST($as_of AS DATE)
                                                  ) AS "t8"
                                                    ON "t88"."person_id" = "t8"."_pid"
                                                    AND "t8"."_ex_start" <= "t88"."_to"
                                                    AND "t8"."_ex_end" >= "t88"."_from"
                                                ) AS "t89"
                                                GROUP BY
                                                  1,
                                                  2,
                                                  3
                                              ) AS "t91"
                                                ON "t86"."person_id" = "t91"."person_id"
                                                AND "t86"."benefit" = "t91"."benefit"
                                                AND "t86"."start_date" = "t91"."start_date"
                                            ) AS "t92"
                                          ) AS "t93"
                                          WHERE
                                            COALESCE(
                                              ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t93"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN ['dagpenge']
                                                  ELSE CAST(NULL AS TEXT[])
                                                END,
                                                "t93"."benefit"
                                              ),
                                              FALSE
                                            )
                                        ) AS "t96"
                                        INNER JOIN (
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
                                                "t67"."person_id",
                                                "t67"."benefit",
                                                "t67"."_key",
                                                "t67"."_island",
                                                MIN("t67"."start_date") AS "i_start",
                                                MAX("t67"."_end") AS "i_end"
                                              FROM (
                                                SELECT
                                                  "t66"."person_id",
                                                  "t66"."benefit",
                                                  "t66"."start_date",
                                                  "t66"."_end",
                                                  "t66"."_key",
                                                  "t66"."_acc",
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
                                                  "t66"."_new",
                                                  SUM("t66"."_new") OVER (
                                                    PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                    ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
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
                                                ) AS "t66"
                                              ) AS "t67"
                                              GROUP BY
                                                1,
                                                2,
                                                3,
                                                4
                                            ) AS "t72"
                                          ) AS "t73"
                                        ) AS "t75"
                                          ON "t96"."person_id" = "t75"."person_id"
                                          AND "t96"."benefit" = "t75"."benefit"
                                          AND "t96"."start_date" = "t75"."start_date"
                                      ) AS "t98"
                                      WHERE
                                        (
                                          "t98"."i_end" = MAKE_DATE(9999, 12, 31)
                                        )
                                        OR (
                                          (
                                            "t98"."cum_before" + DATE_DIFF('DAY', "t98"."i_start", "t98"."i_end") + 1
                                          ) >= "t98"."_n"
                                        )
                                    ) AS "t99"
                                    GROUP BY
                                      1,
                                      2,
                                      3
                                  ) AS "t101"
                                    ON "t97"."person_id" = "t101"."person_id"
                                    AND "t97"."benefit" = "t101"."benefit"
                                    AND "t97"."start_date" = "t101"."start_date"
                                ) AS "t102"
                              ) AS "t103"
                            ) AS "t104"
                          ) AS "t105"
                        ) AS "t113"
                        INNER JOIN (
                          SELECT
                            *
                          FROM "conversations" AS "t0"
                          WHERE
                            "t0"."status" = 'afholdt'
                            AND COALESCE("t0"."individual", TRUE)
                            AND "t0"."date" <= CAST($as_of AS DATE)
                            AND "t0"."kind" IN ('faellessamtale')
                        ) AS "t6"
                          ON "t113"."person_id" = "t6"."person_id"
                          AND "t6"."date" >= "t113"."_first"
                          AND "t6"."date" <= "t113"."_last"
                      ) AS "t115"
                      WHERE
                        COALESCE(
                          ARRAY_CONTAINS(
                            CASE
                              WHEN "t115"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN ['jobcenter', 'anden_aktoer']
                              ELSE CAST(NULL AS TEXT[])
                            END,
                            "t115"."held_by"
                          ),
                          FALSE
                        )
                        AND COALESCE(
                          ARRAY_CONTAINS(
                            CASE
                              WHEN "t115"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN ['personligt', 'telefon', 'video']
                              ELSE CAST(NULL AS TEXT[])
                            END,
                            "t115"."form"
                          ),
                          FALSE
                        )
                    ) AS "t119"
                    INNER JOIN (
                      SELECT
                        "t105"."person_id",
                        "t105"."benefit",
                        "t105"."start_date",
                        "t105"."required_joint" AS "_n",
                        "t105"."due_date" AS "_due"
                      FROM (
                        SELECT
                          "t104".*
                          EXCLUDE ("_acc_point", "_needed", "_plain")
                        FROM (
                          SELECT
                            "t103"."person_id",
                            "t103"."benefit",
                            "t103"."start_date",
                            "t103"."end_date",
                            "t103"."first_contact_date",
                            "t103"."target_group",
                            "t103"."first_absence_date",
                            "t103"."sickness_category",
                            "t103"."employed",
                            "t103"."handover_date",
                            "t103"."expected_absence_weeks",
                            "t103"."work_obligation",
                            "t103"."municipality",
                            "t103"."early_followup_request_date",
                            "t103"."education_order",
                            "t103"."periods",
                            "t103"."window_start",
                            "t103"."required",
                            "t103"."required_joint",
                            "t103"."in_force",
                            "t103"."_end_unconfirmed",
                            "t103"."due0",
                            "t103"."exempt_days",
                            "t103"."exempt_now",
                            "t103"."exemption_note",
                            "t103"."due_date",
                            "t103"."_plain",
                            "t103"."_needed",
                            "t103"."_acc_point",
                            COALESCE("t103"."_acc_point", "t103"."_plain") AS "_count_from"
                          FROM (
                            SELECT
                              "t102".*
                              EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                "t101"."person_id" AS "person_id_right",
                                "t101"."benefit" AS "benefit_right",
                                "t101"."start_date" AS "start_date_right",
                                "t101"."_acc_point"
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
                                  "t93"."required",
                                  "t93"."required_joint",
                                  "t93"."in_force",
                                  "t93"."_end_unconfirmed",
                                  "t93"."due0",
                                  COALESCE("t93"."exempt_days", 0) AS "exempt_days",
                                  COALESCE("t93"."exempt_now", FALSE) AS "exempt_now",
                                  COALESCE("t93"."exemption_note", '') AS "exemption_note",
                                  CAST(CAST("t93"."due0" + TO_DAYS(
                                    CASE
                                      WHEN COALESCE(
                                        CASE
                                          WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN TRUE
                                          ELSE CAST(NULL AS BOOLEAN)
                                        END,
                                        FALSE
                                      )
                                      THEN COALESCE("t93"."exempt_days", 0)
                                      ELSE 0
                                    END
                                  ) AS TIMESTAMP) AS DATE) AS "due_date",
                                  CAST(CAST("t93"."window_start" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t93"."window_start" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN 0
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE) AS "_plain",
                                  DATE_DIFF(
                                    'DAY',
                                    "t93"."window_start",
                                    CAST(CAST("t93"."window_start" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t93"."window_start" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 0
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE)
                                  ) AS "_needed"
                                FROM (
                                  SELECT
                                    "t92".*
                                    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                                  FROM (
                                    SELECT
                                      "t86"."person_id",
                                      "t86"."benefit",
                                      "t86"."start_date",
                                      "t86"."end_date",
                                      "t86"."first_contact_date",
                                      "t86"."target_group",
                                      "t86"."first_absence_date",
                                      "t86"."sickness_category",
                                      "t86"."employed",
                                      "t86"."handover_date",
                                      "t86"."expected_absence_weeks",
                                      "t86"."work_obligation",
                                      "t86"."municipality",
                                      "t86"."early_followup_request_date",
                                      "t86"."education_order",
                                      "t86"."periods",
                                      "t86"."window_start",
                                      "t86"."required",
                                      "t86"."required_joint",
                                      "t86"."in_force",
                                      "t86"."_end_unconfirmed",
                                      "t86"."due0",
                                      "t91"."person_id" AS "person_id_right",
                                      "t91"."benefit" AS "benefit_right",
                                      "t91"."start_date" AS "start_date_right",
                                      "t91"."exempt_days",
                                      "t91"."exempt_now",
                                      "t91"."exemption_note"
                                    FROM (
                                      SELECT
                                        "t84".*
                                        EXCLUDE ("_point")
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
                                          "t83"."required",
                                          "t83"."required_joint",
                                          "t83"."in_force",
                                          "t83"."_end_unconfirmed",
                                          "t83"."_point",
                                          CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                        FROM (
                                          SELECT
                                            "t82".*
                                            EXCLUDE ("_acc_point", "_needed", "_plain")
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
                                              "t81"."_acc_point",
                                              COALESCE("t81"."_acc_point", "t81"."_plain") AS "_point"
                                            FROM (
                                              SELECT
                                                "t80".*
                                                EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                                  "t70"."required",
                                                  "t70"."required_joint",
                                                  "t70"."in_force",
                                                  "t70"."_end_unconfirmed",
                                                  "t70"."_plain",
                                                  "t70"."_needed",
                                                  "t79"."person_id" AS "person_id_right",
                                                  "t79"."benefit" AS "benefit_right",
                                                  "t79"."start_date" AS "start_date_right",
                                                  "t79"."_acc_point"
                                                FROM (
                                                  SELECT
                                                    "t65"."person_id",
                                                    "t65"."benefit",
                                                    "t65"."_key" AS "start_date",
                                                    CASE
                                                      WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN CAST(NULL AS DATE)
                                                      ELSE "t65"."_end"
                                                    END AS "end_date",
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
                                                    "t65"."periods",
                                                    "t65"."_key" AS "window_start",
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) + COALESCE(
                                                      CASE
                                                        WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 0
                                                        WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 0
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) AS "required",
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 0
                                                        WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 0
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) AS "required_joint",
                                                    (
                                                      CASE
                                                        WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NOT NULL
                                                    )
                                                    AND (
                                                      CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                    ) AS "in_force",
                                                    COALESCE(
                                                      (
                                                        CASE
                                                          WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NULL
                                                      )
                                                      AND COALESCE(
                                                        ARRAY_CONTAINS(
                                                          CASE
                                                            WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                          "t65"."benefit"
                                                        )
                                                        OR ARRAY_CONTAINS(
                                                          CASE
                                                            WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                          "t65"."benefit" || ':' || COALESCE("t65"."target_group", '')
                                                        ),
                                                        FALSE
                                                      ),
                                                      FALSE
                                                    ) AS "_end_unconfirmed",
                                                    CAST(CAST("t65"."_key" + TO_MONTHS(
                                                      COALESCE(
                                                        CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                        0
                                                      )
                                                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                    DATE_DIFF(
                                                      'DAY',
                                                      "t65"."_key",
                                                      CAST(CAST("t65"."_key" + TO_MONTHS(
                                                        COALESCE(
                                                          CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                          0
                                                        )
                                                      ) AS TIMESTAMP) AS DATE)
                                                    ) AS "_needed"
                                                  FROM "t64" AS "t65"
                                                  WHERE
                                                    "t65"."benefit" IN ('dagpenge')
                                                ) AS "t70"
                                                LEFT OUTER JOIN (
                                                  SELECT
                                                    "t77"."person_id",
                                                    "t77"."benefit",
                                                    "t77"."start_date",
                                                    FIRST(
                                                      CAST(CAST("t77"."i_start" + TO_DAYS(CAST("t77"."_n" - "t77"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t77"."i_start"
                                                    ) AS "_acc_point"
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM (
                                                      SELECT
                                                        "t71"."person_id",
                                                        "t71"."benefit",
                                                        "t71"."start_date",
                                                        "t71"."_n",
                                                        "t75"."i_start",
                                                        "t75"."i_end",
                                                        "t75"."cum_before"
                                                      FROM (
                                                        SELECT
                                                          "t65"."person_id",
                                                          "t65"."benefit",
                                                          "t65"."_key" AS "start_date",
                                                          DATE_DIFF(
                                                            'DAY',
                                                            "t65"."_key",
                                                            CAST(CAST("t65"."_key" + TO_MONTHS(
                                                              COALESCE(
                                                                CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                0
                                                              )
                                                            ) AS TIMESTAMP) AS DATE)
                                                          ) AS "_n"
                                                        FROM "t64" AS "t65"
                                                        WHERE
                                                          "t65"."benefit" IN ('dagpenge')
                                                          AND COALESCE(
                                                            ARRAY_CONTAINS(
                                                              CASE
                                                                WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                THEN ['dagpenge']
                                                                ELSE CAST(NULL AS TEXT[])
                                                              END,
                                                              "t65"."benefit"
                                                            ),
                                                            FALSE
                                                          )
                                                      ) AS "t71"
                                                      INNER JOIN (
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
                                                              "t67"."person_id",
                                                              "t67"."benefit",
                                                              "t67"."_key",
                                                              "t67"."_island",
                                                              MIN("t67"."start_date") AS "i_start",
                                                              MAX("t67"."_end") AS "i_end"
                                                            FROM (
                                                              SELECT
                                                                "t66"."person_id",
                                                                "t66"."benefit",
                                                                "t66"."start_date",
                                                                "t66"."_end",
                                                                "t66"."_key",
                                                                "t66"."_acc",
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
                                                                "t66"."_new",
                                                                SUM("t66"."_new") OVER (
                                                                  PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                                  ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
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
                                                              ) AS "t66"
                                                            ) AS "t67"
                                                            GROUP BY
                                                              1,
                                                              2,
                                                              3,
                                                              4
                                                          ) AS "t72"
                                                        ) AS "t73"
                                                      ) AS "t75"
                                                        ON "t71"."person_id" = "t75"."person_id"
                                                        AND "t71"."benefit" = "t75"."benefit"
                                                        AND "t71"."start_date" = "t75"."start_date"
                                                    ) AS "t76"
                                                    WHERE
                                                      (
                                                        "t76"."i_end" = MAKE_DATE(9999, 12, 31)
                                                      )
                                                      OR (
                                                        (
                                                          "t76"."cum_before" + DATE_DIFF('DAY', "t76"."i_start", "t76"."i_end") + 1
                                                        ) >= "t76"."_n"
                                                      )
                                                  ) AS "t77"
                                                  GROUP BY
                                                    1,
                                                    2,
                                                    3
                                                ) AS "t79"
                                                  ON "t70"."person_id" = "t79"."person_id"
                                                  AND "t70"."benefit" = "t79"."benefit"
                                                  AND "t70"."start_date" = "t79"."start_date"
                                              ) AS "t80"
                                            ) AS "t81"
                                          ) AS "t82"
                                        ) AS "t83"
                                      ) AS "t84"
                                    ) AS "t86"
                                    LEFT OUTER JOIN (
                                      SELECT
                                        "t89"."person_id",
                                        "t89"."benefit",
                                        "t89"."start_date",
                                        CAST(SUM(
                                          DATE_DIFF(
                                            'DAY',
                                            GREATEST("t89"."_ex_start", "t89"."_from"),
                                            LEAST("t89"."_ex_end", "t89"."_to")
                                          ) + 1
                                        ) AS INT) AS "exempt_days",
                                        BOOL_OR(
                                          CAST((
                                            "t89"."_ex_start" <= CAST($as_of AS DATE)
                                          )
                                          AND (
                                            "t89"."_ex_end" >= CAST($as_of AS DATE)
                                          ) AS BOOLEAN)
                                        ) AS "exempt_now",
                                        LISTAGG(
                                          
                                            'fritaget ' || CAST("t89"."_ex_start" AS TEXT) || '–' || CAST("t89"."_ex_end" AS TEXT) || ' (' || "t89"."_ex_reason" || ')',
                                            ', ' ORDER BY "t89"."_ex_start" ASC
                                          
                                        ) AS "exemption_note"
                                      FROM (
                                        SELECT
                                          "t88"."person_id",
                                          "t88"."benefit",
                                          "t88"."start_date",
                                          "t88"."_from",
                                          "t88"."_to",
                                          "t8"."_pid",
                                          "t8"."_ex_start",
                                          "t8"."_ex_end",
                                          "t8"."_ex_reason"
                                        FROM (
                                          SELECT
                                            "t85"."person_id",
                                            "t85"."benefit",
                                            "t85"."start_date",
                                            "t85"."window_start" AS "_from",
                                            "t85"."due0" AS "_to"
                                          FROM (
                                            SELECT
                                              "t84".*
                                              EXCLUDE ("_point")
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
                                                "t83"."required",
                                                "t83"."required_joint",
                                                "t83"."in_force",
                                                "t83"."_end_unconfirmed",
                                                "t83"."_point",
                                                CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                              FROM (
                                                SELECT
                                                  "t82".*
                                                  EXCLUDE ("_acc_point", "_needed", "_plain")
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
                                                    "t81"."_acc_point",
                                                    COALESCE("t81"."_acc_point", "t81"."_plain") AS "_point"
                                                  FROM (
                                                    SELECT
                                                      "t80".*
                                                      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                                        "t70"."required",
                                                        "t70"."required_joint",
                                                        "t70"."in_force",
                                                        "t70"."_end_unconfirmed",
                                                        "t70"."_plain",
                                                        "t70"."_needed",
                                                        "t79"."person_id" AS "person_id_right",
                                                        "t79"."benefit" AS "benefit_right",
                                                        "t79"."start_date" AS "start_date_right",
                                                        "t79"."_acc_point"
                                                      FROM (
                                                        SELECT
                                                          "t65"."person_id",
                                                          "t65"."benefit",
                                                          "t65"."_key" AS "start_date",
                                                          CASE
                                                            WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                            THEN CAST(NULL AS DATE)
                                                            ELSE "t65"."_end"
                                                          END AS "end_date",
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
                                                          "t65"."periods",
                                                          "t65"."_key" AS "window_start",
                                                          COALESCE(
                                                            CASE
                                                              WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 3
                                                              WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 4
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          ) + COALESCE(
                                                            CASE
                                                              WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 0
                                                              WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 0
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          ) AS "required",
                                                          COALESCE(
                                                            CASE
                                                              WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 0
                                                              WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 0
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          ) AS "required_joint",
                                                          (
                                                            CASE
                                                              WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 3
                                                              WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 4
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END IS NOT NULL
                                                          )
                                                          AND (
                                                            CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                          ) AS "in_force",
                                                          COALESCE(
                                                            (
                                                              CASE
                                                                WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 3
                                                                WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 4
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END IS NULL
                                                            )
                                                            AND COALESCE(
                                                              ARRAY_CONTAINS(
                                                                CASE
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                "t65"."benefit"
                                                              )
                                                              OR ARRAY_CONTAINS(
                                                                CASE
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                "t65"."benefit" || ':' || COALESCE("t65"."target_group", '')
                                                              ),
                                                              FALSE
                                                            ),
                                                            FALSE
                                                          ) AS "_end_unconfirmed",
                                                          CAST(CAST("t65"."_key" + TO_MONTHS(
                                                            COALESCE(
                                                              CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                              0
                                                            )
                                                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                          DATE_DIFF(
                                                            'DAY',
                                                            "t65"."_key",
                                                            CAST(CAST("t65"."_key" + TO_MONTHS(
                                                              COALESCE(
                                                                CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                0
                                                              )
                                                            ) AS TIMESTAMP) AS DATE)
                                                          ) AS "_needed"
                                                        FROM "t64" AS "t65"
                                                        WHERE
                                                          "t65"."benefit" IN ('dagpenge')
                                                      ) AS "t70"
                                                      LEFT OUTER JOIN (
                                                        SELECT
                                                          "t77"."person_id",
                                                          "t77"."benefit",
                                                          "t77"."start_date",
                                                          FIRST(
                                                            CAST(CAST("t77"."i_start" + TO_DAYS(CAST("t77"."_n" - "t77"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t77"."i_start"
                                                          ) AS "_acc_point"
                                                        FROM (
                                                          SELECT
                                                            *
                                                          FROM (
                                                            SELECT
                                                              "t71"."person_id",
                                                              "t71"."benefit",
                                                              "t71"."start_date",
                                                              "t71"."_n",
                                                              "t75"."i_start",
                                                              "t75"."i_end",
                                                              "t75"."cum_before"
                                                            FROM (
                                                              SELECT
                                                                "t65"."person_id",
                                                                "t65"."benefit",
                                                                "t65"."_key" AS "start_date",
                                                                DATE_DIFF(
                                                                  'DAY',
                                                                  "t65"."_key",
                                                                  CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                    COALESCE(
                                                                      CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                      0
                                                                    )
                                                                  ) AS TIMESTAMP) AS DATE)
                                                                ) AS "_n"
                                                              FROM "t64" AS "t65"
                                                              WHERE
                                                                "t65"."benefit" IN ('dagpenge')
                                                                AND COALESCE(
                                                                  ARRAY_CONTAINS(
                                                                    CASE
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                      THEN ['dagpenge']
                                                                      ELSE CAST(NULL AS TEXT[])
                                                                    END,
                                                                    "t65"."benefit"
                                                                  ),
                                                                  FALSE
                                                                )
                                                            ) AS "t71"
                                                            INNER JOIN (
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
                                                                    "t67"."person_id",
                                                                    "t67"."benefit",
                                                                    "t67"."_key",
                                                                    "t67"."_island",
                                                                    MIN("t67"."start_date") AS "i_start",
                                                                    MAX("t67"."_end") AS "i_end"
                                                                  FROM (
                                                                    SELECT
                                                                      "t66"."person_id",
                                                                      "t66"."benefit",
                                                                      "t66"."start_date",
                                                                      "t66"."_end",
                                                                      "t66"."_key",
                                                                      "t66"."_acc",
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
                                                                      "t66"."_new",
                                                                      SUM("t66"."_new") OVER (
                                                                        PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                                        ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
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
                                                                    ) AS "t66"
                                                                  ) AS "t67"
                                                                  GROUP BY
                                                                    1,
                                                                    2,
                                                                    3,
                                                                    4
                                                                ) AS "t72"
                                                              ) AS "t73"
                                                            ) AS "t75"
                                                              ON "t71"."person_id" = "t75"."person_id"
                                                              AND "t71"."benefit" = "t75"."benefit"
                                                              AND "t71"."start_date" = "t75"."start_date"
                                                          ) AS "t76"
                                                          WHERE
                                                            (
                                                              "t76"."i_end" = MAKE_DATE(9999, 12, 31)
                                                            )
                                                            OR (
                                                              (
                                                                "t76"."cum_before" + DATE_DIFF('DAY', "t76"."i_start", "t76"."i_end") + 1
                                                              ) >= "t76"."_n"
                                                            )
                                                        ) AS "t77"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3
                                                      ) AS "t79"
                                                        ON "t70"."person_id" = "t79"."person_id"
                                                        AND "t70"."benefit" = "t79"."benefit"
                                                        AND "t70"."start_date" = "t79"."start_date"
                                                    ) AS "t80"
                                                  ) AS "t81"
                                                ) AS "t82"
                                              ) AS "t83"
                                            ) AS "t84"
                                          ) AS "t85"
                                        ) AS "t88"
                                        INNER JOIN (
                                          SELECT
                                            "t1"."person_id" AS "_pid",
                                            "t1"."start_date" AS "_ex_start",
                                            "t1"."end_date" AS "_ex_end",
                                            "t1"."reason" AS "_ex_reason"
                                          FROM "exemptions" AS "t1"
                                          WHERE
                                            "t1"."start_date" <= CAST($as_of AS DATE)
                                        ) AS "t8"
                                          ON "t88"."person_id" = "t8"."_pid"
                                          AND "t8"."_ex_start" <= "t88"."_to"
                                          AND "t8"."_ex_end" >= "t88"."_from"
                                      ) AS "t89"
                                      GROUP BY
                                        1,
                                        2,
                                        3
                                    ) AS "t91"
                                      ON "t86"."person_id" = "t91"."person_id"
                                      AND "t86"."benefit" = "t91"."benefit"
                                      AND "t86"."start_date" = "t91"."start_date"
                                  ) AS "t92"
                                ) AS "t93"
                              ) AS "t97"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t99"."person_id",
                                  "t99"."benefit",
                                  "t99"."start_date",
                                  FIRST(
                                    CAST(CAST("t99"."i_start" + TO_DAYS(CAST("t99"."_n" - "t99"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t99"."i_start"
                                  ) AS "_acc_point"
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t96"."person_id",
                                      "t96"."benefit",
                                      "t96"."start_date",
                                      "t96"."_n",
                                      "t75"."i_start",
                                      "t75"."i_end",
                                      "t75"."cum_before"
                                    FROM (
                                      SELECT
                                        "t93"."person_id",
                                        "t93"."benefit",
                                        "t93"."start_date",
                                        DATE_DIFF(
                                          'DAY',
                                          "t93"."window_start",
                                          CAST(CAST("t93"."window_start" + TO_MONTHS(
                                            COALESCE(
                                              CASE
                                                WHEN "t93"."window_start" >= MAKE_DATE(2024, 1, 1)
                                                THEN 3
                                                WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                THEN 0
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            )
                                          ) AS TIMESTAMP) AS DATE)
                                        ) AS "_n"
                                      FROM (
                                        SELECT
                                          "t92".*
                                          EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                                        FROM (
                                          SELECT
                                            "t86"."person_id",
                                            "t86"."benefit",
                                            "t86"."start_date",
                                            "t86"."end_date",
                                            "t86"."first_contact_date",
                                            "t86"."target_group",
                                            "t86"."first_absence_date",
                                            "t86"."sickness_category",
                                            "t86"."employed",
                                            "t86"."handover_date",
                                            "t86"."expected_absence_weeks",
                                            "t86"."work_obligation",
                                            "t86"."municipality",
                                            "t86"."early_followup_request_date",
                                            "t86"."education_order",
                                            "t86"."periods",
                                            "t86"."window_start",
                                            "t86"."required",
                                            "t86"."required_joint",
                                            "t86"."in_force",
                                            "t86"."_end_unconfirmed",
                                            "t86"."due0",
                                            "t91"."person_id" AS "person_id_right",
                                            "t91"."benefit" AS "benefit_right",
                                            "t91"."start_date" AS "start_date_right",
                                            "t91"."exempt_days",
                                            "t91"."exempt_now",
                                            "t91"."exemption_note"
                                          FROM (
                                            SELECT
                                              "t84".*
                                              EXCLUDE ("_point")
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
                                                "t83"."required",
                                                "t83"."required_joint",
                                                "t83"."in_force",
                                                "t83"."_end_unconfirmed",
                                                "t83"."_point",
                                                CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                              FROM (
                                                SELECT
                                                  "t82".*
                                                  EXCLUDE ("_acc_point", "_needed", "_plain")
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
                                                    "t81"."_acc_point",
                                                    COALESCE("t81"."_acc_point", "t81"."_plain") AS "_point"
                                                  FROM (
                                                    SELECT
                                                      "t80".*
                                                      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                                        "t70"."required",
                                                        "t70"."required_joint",
                                                        "t70"."in_force",
                                                        "t70"."_end_unconfirmed",
                                                        "t70"."_plain",
                                                        "t70"."_needed",
                                                        "t79"."person_id" AS "person_id_right",
                                                        "t79"."benefit" AS "benefit_right",
                                                        "t79"."start_date" AS "start_date_right",
                                                        "t79"."_acc_point"
                                                      FROM (
                                                        SELECT
                                                          "t65"."person_id",
                                                          "t65"."benefit",
                                                          "t65"."_key" AS "start_date",
                                                          CASE
                                                            WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                            THEN CAST(NULL AS DATE)
                                                            ELSE "t65"."_end"
                                                          END AS "end_date",
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
                                                          "t65"."periods",
                                                          "t65"."_key" AS "window_start",
                                                          COALESCE(
                                                            CASE
                                                              WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 3
                                                              WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 4
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          ) + COALESCE(
                                                            CASE
                                                              WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 0
                                                              WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 0
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          ) AS "required",
                                                          COALESCE(
                                                            CASE
                                                              WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 0
                                                              WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 0
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          ) AS "required_joint",
                                                          (
                                                            CASE
                                                              WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 3
                                                              WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 4
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END IS NOT NULL
                                                          )
                                                          AND (
                                                            CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                          ) AS "in_force",
                                                          COALESCE(
                                                            (
                                                              CASE
                                                                WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 3
                                                                WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 4
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END IS NULL
                                                            )
                                                            AND COALESCE(
                                                              ARRAY_CONTAINS(
                                                                CASE
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                "t65"."benefit"
                                                              )
                                                              OR ARRAY_CONTAINS(
                                                                CASE
                                                                  WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                "t65"."benefit" || ':' || COALESCE("t65"."target_group", '')
                                                              ),
                                                              FALSE
                                                            ),
                                                            FALSE
                                                          ) AS "_end_unconfirmed",
                                                          CAST(CAST("t65"."_key" + TO_MONTHS(
                                                            COALESCE(
                                                              CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                              0
                                                            )
                                                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                          DATE_DIFF(
                                                            'DAY',
                                                            "t65"."_key",
                                                            CAST(CAST("t65"."_key" + TO_MONTHS(
                                                              COALESCE(
                                                                CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                0
                                                              )
                                                            ) AS TIMESTAMP) AS DATE)
                                                          ) AS "_needed"
                                                        FROM "t64" AS "t65"
                                                        WHERE
                                                          "t65"."benefit" IN ('dagpenge')
                                                      ) AS "t70"
                                                      LEFT OUTER JOIN (
                                                        SELECT
                                                          "t77"."person_id",
                                                          "t77"."benefit",
                                                          "t77"."start_date",
                                                          FIRST(
                                                            CAST(CAST("t77"."i_start" + TO_DAYS(CAST("t77"."_n" - "t77"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t77"."i_start"
                                                          ) AS "_acc_point"
                                                        FROM (
                                                          SELECT
                                                            *
                                                          FROM (
                                                            SELECT
                                                              "t71"."person_id",
                                                              "t71"."benefit",
                                                              "t71"."start_date",
                                                              "t71"."_n",
                                                              "t75"."i_start",
                                                              "t75"."i_end",
                                                              "t75"."cum_before"
                                                            FROM (
                                                              SELECT
                                                                "t65"."person_id",
                                                                "t65"."benefit",
                                                                "t65"."_key" AS "start_date",
                                                                DATE_DIFF(
                                                                  'DAY',
                                                                  "t65"."_key",
                                                                  CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                    COALESCE(
                                                                      CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                      0
                                                                    )
                                                                  ) AS TIMESTAMP) AS DATE)
                                                                ) AS "_n"
                                                              FROM "t64" AS "t65"
                                                              WHERE
                                                                "t65"."benefit" IN ('dagpenge')
                                                                AND COALESCE(
                                                                  ARRAY_CONTAINS(
                                                                    CASE
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                      THEN ['dagpenge']
                                                                      ELSE CAST(NULL AS TEXT[])
                                                                    END,
                                                                    "t65"."benefit"
                                                                  ),
                                                                  FALSE
                                                                )
                                                            ) AS "t71"
                                                            INNER JOIN (
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
                                                                    "t67"."person_id",
                                                                    "t67"."benefit",
                                                                    "t67"."_key",
                                                                    "t67"."_island",
                                                                    MIN("t67"."start_date") AS "i_start",
                                                                    MAX("t67"."_end") AS "i_end"
                                                                  FROM (
                                                                    SELECT
                                                                      "t66"."person_id",
                                                                      "t66"."benefit",
                                                                      "t66"."start_date",
                                                                      "t66"."_end",
                                                                      "t66"."_key",
                                                                      "t66"."_acc",
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
                                                                      "t66"."_new",
                                                                      SUM("t66"."_new") OVER (
                                                                        PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                                        ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
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
                                                                    ) AS "t66"
                                                                  ) AS "t67"
                                                                  GROUP BY
                                                                    1,
                                                                    2,
                                                                    3,
                                                                    4
                                                                ) AS "t72"
                                                              ) AS "t73"
                                                            ) AS "t75"
                                                              ON "t71"."person_id" = "t75"."person_id"
                                                              AND "t71"."benefit" = "t75"."benefit"
                                                              AND "t71"."start_date" = "t75"."start_date"
                                                          ) AS "t76"
                                                          WHERE
                                                            (
                                                              "t76"."i_end" = MAKE_DATE(9999, 12, 31)
                                                            )
                                                            OR (
                                                              (
                                                                "t76"."cum_before" + DATE_DIFF('DAY', "t76"."i_start", "t76"."i_end") + 1
                                                              ) >= "t76"."_n"
                                                            )
                                                        ) AS "t77"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3
                                                      ) AS "t79"
                                                        ON "t70"."person_id" = "t79"."person_id"
                                                        AND "t70"."benefit" = "t79"."benefit"
                                                        AND "t70"."start_date" = "t79"."start_date"
                                                    ) AS "t80"
                                                  ) AS "t81"
                                                ) AS "t82"
                                              ) AS "t83"
                                            ) AS "t84"
                                          ) AS "t86"
                                          LEFT OUTER JOIN (
                                            SELECT
                                              "t89"."person_id",
                                              "t89"."benefit",
                                              "t89"."start_date",
                                              CAST(SUM(
                                                DATE_DIFF(
                                                  'DAY',
                                                  GREATEST("t89"."_ex_start", "t89"."_from"),
                                                  LEAST("t89"."_ex_end", "t89"."_to")
                                                ) + 1
                                              ) AS INT) AS "exempt_days",
                                              BOOL_OR(
                                                CAST((
                                                  "t89"."_ex_start" <= CAST($as_of AS DATE)
                                                )
                                                AND (
                                                  "t89"."_ex_end" >= CAST($as_of AS DATE)
                                                ) AS BOOLEAN)
                                              ) AS "exempt_now",
                                              LISTAGG(
                                                
                                                  'fritaget ' || CAST("t89"."_ex_start" AS TEXT) || '–' || CAST("t89"."_ex_end" AS TEXT) || ' (' || "t89"."_ex_reason" || ')',
                                                  ', ' ORDER BY "t89"."_ex_start" ASC
                                                
                                              ) AS "exemption_note"
                                            FROM (
                                              SELECT
                                                "t88"."person_id",
                                                "t88"."benefit",
                                                "t88"."start_date",
                                                "t88"."_from",
                                                "t88"."_to",
                                                "t8"."_pid",
                                                "t8"."_ex_start",
                                                "t8"."_ex_end",
                                                "t8"."_ex_reason"
                                              FROM (
                                                SELECT
                                                  "t85"."person_id",
                                                  "t85"."benefit",
                                                  "t85"."start_date",
                                                  "t85"."window_start" AS "_from",
                                                  "t85"."due0" AS "_to"
                                                FROM (
                                                  SELECT
                                                    "t84".*
                                                    EXCLUDE ("_point")
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
                                                      "t83"."required",
                                                      "t83"."required_joint",
                                                      "t83"."in_force",
                                                      "t83"."_end_unconfirmed",
                                                      "t83"."_point",
                                                      CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                                    FROM (
                                                      SELECT
                                                        "t82".*
                                                        EXCLUDE ("_acc_point", "_needed", "_plain")
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
                                                          "t81"."_acc_point",
                                                          COALESCE("t81"."_acc_point", "t81"."_plain") AS "_point"
                                                        FROM (
                                                          SELECT
                                                            "t80".*
                                                            EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                                              "t70"."required",
                                                              "t70"."required_joint",
                                                              "t70"."in_force",
                                                              "t70"."_end_unconfirmed",
                                                              "t70"."_plain",
                                                              "t70"."_needed",
                                                              "t79"."person_id" AS "person_id_right",
                                                              "t79"."benefit" AS "benefit_right",
                                                              "t79"."start_date" AS "start_date_right",
                                                              "t79"."_acc_point"
                                                            FROM (
                                                              SELECT
                                                                "t65"."person_id",
                                                                "t65"."benefit",
                                                                "t65"."_key" AS "start_date",
                                                                CASE
                                                                  WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                                  THEN CAST(NULL AS DATE)
                                                                  ELSE "t65"."_end"
                                                                END AS "end_date",
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
                                                                "t65"."periods",
                                                                "t65"."_key" AS "window_start",
                                                                COALESCE(
                                                                  CASE
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                    THEN CAST(NULL AS BIGINT)
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                    THEN 3
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                    THEN 4
                                                                    ELSE CAST(NULL AS BIGINT)
                                                                  END,
                                                                  0
                                                                ) + COALESCE(
                                                                  CASE
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                    THEN CAST(NULL AS BIGINT)
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                    THEN 0
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                    THEN 0
                                                                    ELSE CAST(NULL AS BIGINT)
                                                                  END,
                                                                  0
                                                                ) AS "required",
                                                                COALESCE(
                                                                  CASE
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                    THEN CAST(NULL AS BIGINT)
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                    THEN 0
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                    THEN 0
                                                                    ELSE CAST(NULL AS BIGINT)
                                                                  END,
                                                                  0
                                                                ) AS "required_joint",
                                                                (
                                                                  CASE
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                    THEN CAST(NULL AS BIGINT)
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                    THEN 3
                                                                    WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                    THEN 4
                                                                    ELSE CAST(NULL AS BIGINT)
                                                                  END IS NOT NULL
                                                                )
                                                                AND (
                                                                  CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                                ) AS "in_force",
                                                                COALESCE(
                                                                  (
                                                                    CASE
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                      THEN CAST(NULL AS BIGINT)
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                      THEN 3
                                                                      WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                      THEN 4
                                                                      ELSE CAST(NULL AS BIGINT)
                                                                    END IS NULL
                                                                  )
                                                                  AND COALESCE(
                                                                    ARRAY_CONTAINS(
                                                                      CASE
                                                                        WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                      "t65"."benefit"
                                                                    )
                                                                    OR ARRAY_CONTAINS(
                                                                      CASE
                                                                        WHEN "t65"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                      "t65"."benefit" || ':' || COALESCE("t65"."target_group", '')
                                                                    ),
                                                                    FALSE
                                                                  ),
                                                                  FALSE
                                                                ) AS "_end_unconfirmed",
                                                                CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                  COALESCE(
                                                                    CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                    0
                                                                  )
                                                                ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                                DATE_DIFF(
                                                                  'DAY',
                                                                  "t65"."_key",
                                                                  CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                    COALESCE(
                                                                      CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                      0
                                                                    )
                                                                  ) AS TIMESTAMP) AS DATE)
                                                                ) AS "_needed"
                                                              FROM "t64" AS "t65"
                                                              WHERE
                                                                "t65"."benefit" IN ('dagpenge')
                                                            ) AS "t70"
                                                            LEFT OUTER JOIN (
                                                              SELECT
                                                                "t77"."person_id",
                                                                "t77"."benefit",
                                                                "t77"."start_date",
                                                                FIRST(
                                                                  CAST(CAST("t77"."i_start" + TO_DAYS(CAST("t77"."_n" - "t77"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t77"."i_start"
                                                                ) AS "_acc_point"
                                                              FROM (
                                                                SELECT
                                                                  *
                                                                FROM (
                                                                  SELECT
                                                                    "t71"."person_id",
                                                                    "t71"."benefit",
                                                                    "t71"."start_date",
                                                                    "t71"."_n",
                                                                    "t75"."i_start",
                                                                    "t75"."i_end",
                                                                    "t75"."cum_before"
                                                                  FROM (
                                                                    SELECT
                                                                      "t65"."person_id",
                                                                      "t65"."benefit",
                                                                      "t65"."_key" AS "start_date",
                                                                      DATE_DIFF(
                                                                        'DAY',
                                                                        "t65"."_key",
                                                                        CAST(CAST("t65"."_key" + TO_MONTHS(
                                                                          COALESCE(
                                                                            CASE WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                            0
                                                                          )
                                                                        ) AS TIMESTAMP) AS DATE)
                                                                      ) AS "_n"
                                                                    FROM "t64" AS "t65"
                                                                    WHERE
                                                                      "t65"."benefit" IN ('dagpenge')
                                                                      AND COALESCE(
                                                                        ARRAY_CONTAINS(
                                                                          CASE
                                                                            WHEN "t65"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                            THEN ['dagpenge']
                                                                            ELSE CAST(NULL AS TEXT[])
                                                                          END,
                                                                          "t65"."benefit"
                                                                        ),
                                                                        FALSE
                                                                      )
                                                                  ) AS "t71"
                                                                  INNER JOIN (
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
                                                                          "t67"."person_id",
                                                                          "t67"."benefit",
                                                                          "t67"."_key",
                                                                          "t67"."_island",
                                                                          MIN("t67"."start_date") AS "i_start",
                                                                          MAX("t67"."_end") AS "i_end"
                                                                        FROM (
                                                                          SELECT
                                                                            "t66"."person_id",
                                                                            "t66"."benefit",
                                                                            "t66"."start_date",
                                                                            "t66"."_end",
                                                                            "t66"."_key",
                                                                            "t66"."_acc",
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
                                                                            "t66"."_new",
                                                                            SUM("t66"."_new") OVER (
                                                                              PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                                              ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
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
                                                                          ) AS "t66"
                                                                        ) AS "t67"
                                                                        GROUP BY
                                                                          1,
                                                                          2,
                                                                          3,
                                                                          4
                                                                      ) AS "t72"
                                                                    ) AS "t73"
                                                                  ) AS "t75"
                                                                    ON "t71"."person_id" = "t75"."person_id"
                                                                    AND "t71"."benefit" = "t75"."benefit"
                                                                    AND "t71"."start_date" = "t75"."start_date"
                                                                ) AS "t76"
                                                                WHERE
                                                                  (
                                                                    "t76"."i_end" = MAKE_DATE(9999, 12, 31)
                                                                  )
                                                                  OR (
                                                                    (
                                                                      "t76"."cum_before" + DATE_DIFF('DAY', "t76"."i_start", "t76"."i_end") + 1
                                                                    ) >= "t76"."_n"
                                                                  )
                                                              ) AS "t77"
                                                              GROUP BY
                                                                1,
                                                                2,
                                                                3
                                                            ) AS "t79"
                                                              ON "t70"."person_id" = "t79"."person_id"
                                                              AND "t70"."benefit" = "t79"."benefit"
                                                              AND "t70"."start_date" = "t79"."start_date"
                                                          ) AS "t80"
                                                        ) AS "t81"
                                                      ) AS "t82"
                                                    ) AS "t83"
                                                  ) AS "t84"
                                                ) AS "t85"
                                              ) AS "t88"
                                              INNER JOIN (
                                                SELECT
                                                  "t1"."person_id" AS "_pid",
                                                  "t1"."start_date" AS "_ex_start",
                                                  "t1"."end_date" AS "_ex_end",
                                                  "t1"."reason" AS "_ex_reason"
                                                FROM "exemptions" AS "t1"
                                                WHERE
                                                  "t1"."start_date" <= CAST($as_of AS DATE)
                                              ) AS "t8"
                                                ON "t88"."person_id" = "t8"."_pid"
                                                AND "t8"."_ex_start" <= "t88"."_to"
                                                AND "t8"."_ex_end" >= "t88"."_from"
                                            ) AS "t89"
                                            GROUP BY
                                              1,
                                              2,
                                              3
                                          ) AS "t91"
                                            ON "t86"."person_id" = "t91"."person_id"
                                            AND "t86"."benefit" = "t91"."benefit"
                                            AND "t86"."start_date" = "t91"."start_date"
                                        ) AS "t92"
                                      ) AS "t93"
                                      WHERE
                                        COALESCE(
                                          ARRAY_CONTAINS(
                                            CASE
                                              WHEN "t93"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN ['dagpenge']
                                              ELSE CAST(NULL AS TEXT[])
                                            END,
                                            "t93"."benefit"
                                          ),
                                          FALSE
                                        )
                                    ) AS "t96"
                                    INNER JOIN (
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
                                            "t67"."person_id",
                                            "t67"."benefit",
                                            "t67"."_key",
                                            "t67"."_island",
                                            MIN("t67"."start_date") AS "i_start",
                                            MAX("t67"."_end") AS "i_end"
                                          FROM (
                                            SELECT
                                              "t66"."person_id",
                                              "t66"."benefit",
                                              "t66"."start_date",
                                              "t66"."_end",
                                              "t66"."_key",
                                              "t66"."_acc",
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
                                              "t66"."_new",
                                              SUM("t66"."_new") OVER (
                                                PARTITION BY "t66"."person_id", "t66"."benefit", "t66"."_key"
                                                ORDER BY "t66"."start_date" ASC, "t66"."_end" ASC
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
                                            ) AS "t66"
                                          ) AS "t67"
                                          GROUP BY
                                            1,
                                            2,
                                            3,
                                            4
                                        ) AS "t72"
                                      ) AS "t73"
                                    ) AS "t75"
                                      ON "t96"."person_id" = "t75"."person_id"
                                      AND "t96"."benefit" = "t75"."benefit"
                                      AND "t96"."start_date" = "t75"."start_date"
                                  ) AS "t98"
                                  WHERE
                                    (
                                      "t98"."i_end" = MAKE_DATE(9999, 12, 31)
                                    )
                                    OR (
                                      (
                                        "t98"."cum_before" + DATE_DIFF('DAY', "t98"."i_start", "t98"."i_end") + 1
                                      ) >= "t98"."_n"
                                    )
                                ) AS "t99"
                                GROUP BY
                                  1,
                                  2,
                                  3
                              ) AS "t101"
                                ON "t97"."person_id" = "t101"."person_id"
                                AND "t97"."benefit" = "t101"."benefit"
                                AND "t97"."start_date" = "t101"."start_date"
                            ) AS "t102"
                          ) AS "t103"
                        ) AS "t104"
                      ) AS "t105"
                    ) AS "t109"
                      ON "t119"."person_id" = "t109"."person_id"
                      AND "t119"."benefit" = "t109"."benefit"
                      AND "t119"."start_date" = "t109"."start_date"
                  ) AS "t121"
                ) AS "t123"
                WHERE
                  "t123"."_rank" < "t123"."_n"
              ) AS "t125"
              GROUP BY
                1,
                2,
                3
            ) AS "t127"
          ) AS "t129"
        ) AS "t131"
      ) AS "t135"
        ON "t138"."person_id" = "t135"."person_id"
        AND "t138"."benefit" = "t135"."benefit"
        AND "t138"."start_date" = "t135"."start_date"
    ) AS "t139"
  ) AS "t140"
) AS "t141"
