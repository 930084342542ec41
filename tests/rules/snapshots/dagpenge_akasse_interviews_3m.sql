WITH "t13" AS (
  SELECT
    "t12"."person_id",
    "t12"."benefit",
    "t12"."start_date",
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
    "t12"."education_order",
    "t12"."_end",
    "t12"."_acc",
    "t12"."_switch",
    "t12"."_run",
    "t12"."_new",
    MAX(CASE WHEN "t12"."_new" = 1 THEN "t12"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
      PARTITION BY "t12"."person_id"
      ORDER BY "t12"."start_date" ASC, "t12"."benefit" ASC, "t12"."_end" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS "_spell_start"
  FROM (
    SELECT
      "t11"."person_id",
      "t11"."benefit",
      "t11"."start_date",
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
      "t11"."education_order",
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
            "t18"."first_contact_date",
            "t18"."target_group",
            "t18"."first_absence_date",
            "t18"."sickness_category",
            "t18"."employed",
            "t18"."handover_date",
            "t18"."expected_absence_weeks",
            "t18"."work_obligation",
            "t18"."municipality",
            "t18"."early_followup_request_date",
            "t18"."education_order",
            "t18"."_end",
            "t18"."_acc",
            "t18"."_switch",
            "t18"."_run",
            "t18"."_new",
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
            "t18"."first_contact_date",
            "t18"."target_group",
            "t18"."first_absence_date",
            "t18"."sickness_category",
            "t18"."employed",
            "t18"."handover_date",
            "t18"."expected_absence_weeks",
            "t18"."work_obligation",
            "t18"."municipality",
            "t18"."early_followup_request_date",
            "t18"."education_order",
            "t18"."_end",
            "t18"."_acc",
            "t18"."_switch",
            "t18"."_run",
            "t18"."_new",
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
), "t60" AS (
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
          "t56"."education_order",
          "t56"."_end",
          "t56"."_acc",
          "t56"."_switch",
          "t56"."_run",
          "t56"."_new",
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
            "t18"."first_contact_date",
            "t18"."target_group",
            "t18"."first_absence_date",
            "t18"."sickness_category",
            "t18"."employed",
            "t18"."handover_date",
            "t18"."expected_absence_weeks",
            "t18"."work_obligation",
            "t18"."municipality",
            "t18"."early_followup_request_date",
            "t18"."education_order",
            "t18"."_end",
            "t18"."_acc",
            "t18"."_switch",
            "t18"."_run",
            "t18"."_new",
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
                          "t18"."first_contact_date",
                          "t18"."target_group",
                          "t18"."first_absence_date",
                          "t18"."sickness_category",
                          "t18"."employed",
                          "t18"."handover_date",
                          "t18"."expected_absence_weeks",
                          "t18"."work_obligation",
                          "t18"."municipality",
                          "t18"."early_followup_request_date",
                          "t18"."education_order",
                          "t18"."_end",
                          "t18"."_acc",
                          "t18"."_switch",
                          "t18"."_run",
                          "t18"."_new",
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
                      "t18"."first_contact_date",
                      "t18"."target_group",
                      "t18"."first_absence_date",
                      "t18"."sickness_category",
                      "t18"."employed",
                      "t18"."handover_date",
                      "t18"."expected_absence_weeks",
                      "t18"."work_obligation",
                      "t18"."municipality",
                      "t18"."early_followup_request_date",
                      "t18"."education_order",
                      "t18"."_end",
                      "t18"."_acc",
                      "t18"."_switch",
                      "t18"."_run",
                      "t18"."_new",
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
                                "t18"."first_contact_date",
                                "t18"."target_group",
                                "t18"."first_absence_date",
                                "t18"."sickness_category",
                                "t18"."employed",
                                "t18"."handover_date",
                                "t18"."expected_absence_weeks",
                                "t18"."work_obligation",
                                "t18"."municipality",
                                "t18"."early_followup_request_date",
                                "t18"."education_order",
                                "t18"."_end",
                                "t18"."_acc",
                                "t18"."_switch",
                                "t18"."_run",
                                "t18"."_new",
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
)
SELECT
  "t110"."person_id",
  "t110"."benefit",
  'interviews_6m' AS "kind",
  'dagpenge_akasse_interviews_3m' AS "rule_id",
  '1.2.0' AS "rule_version",
  CASE
    WHEN "t110"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025; STAR, generelle spørgsmål og svar om reformen (a-kasser 75 %)'
    WHEN "t110"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31, stk. 4 (LBK nr. 280 af 2024; lov nr. 727 af 13.6.2023)'
    WHEN "t110"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 31 (LBK nr. 701 af 2022) – a-kassen holdt CV-samtale, ikke jobsamtaler'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t110"."window_start",
  CASE
    WHEN COALESCE("t110"."is_applicable", FALSE)
    THEN "t110"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t110"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t110"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t110"."fulfilled_date" <= "t110"."due_date"
    )
    THEN 'met'
    WHEN "t110"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t110"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t110"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t110"."is_applicable", FALSE)
    THEN "t110"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t110"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t110"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t110"."fulfilled_date" > "t110"."due_date"
    )
    THEN DATE_DIFF('DAY', "t110"."due_date", "t110"."fulfilled_date")
    WHEN NOT (
      "t110"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t110"."is_exempt", FALSE)
    )
    AND (
      "t110"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t110"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t110"."is_applicable", FALSE)
              THEN "t110"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t110"."window_start"
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
              WHEN COALESCE("t110"."is_applicable", FALSE)
              THEN "t110"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t110"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'dagpenge_akasse_interviews_3m'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. ' || COALESCE("t110"."evidence", '')
    ELSE COALESCE("t110"."evidence", '')
  END AS "evidence"
FROM (
  SELECT
    "t109"."person_id",
    "t109"."benefit",
    "t109"."start_date",
    "t109"."end_date",
    "t109"."first_contact_date",
    "t109"."target_group",
    "t109"."first_absence_date",
    "t109"."sickness_category",
    "t109"."employed",
    "t109"."handover_date",
    "t109"."expected_absence_weeks",
    "t109"."work_obligation",
    "t109"."municipality",
    "t109"."early_followup_request_date",
    "t109"."education_order",
    "t109"."periods",
    "t109"."window_start",
    "t109"."required",
    "t109"."required_joint",
    "t109"."in_force",
    "t109"."_end_unconfirmed",
    "t109"."due0",
    "t109"."exempt_days",
    "t109"."exempt_now",
    "t109"."exemption_note",
    "t109"."due_date",
    "t109"."nth_date",
    "t109"."counted",
    "t109"."in_window",
    "t109"."listed",
    "t109"."nth_date" AS "fulfilled_date",
    "t109"."in_force"
    AND NOT (
      (
        "t109"."end_date" IS NOT NULL
      )
      AND (
        "t109"."end_date" < "t109"."due_date"
      )
      AND (
        "t109"."nth_date" IS NULL
      )
    ) AS "is_applicable",
    "t109"."exempt_now" AS "is_exempt",
    CASE
      WHEN "t109"."exemption_note" = ''
      THEN CASE
        WHEN (
          "t109"."end_date" IS NOT NULL
        )
        AND (
          "t109"."end_date" < "t109"."due_date"
        )
        AND (
          "t109"."nth_date" IS NULL
        )
        THEN CAST(COALESCE("t109"."in_window", 0) AS TEXT) || ' af ' || CAST("t109"."required" AS TEXT) || ' samtaler inden fristen' || '' || CASE WHEN "t109"."listed" IS NOT NULL THEN ': ' || "t109"."listed" ELSE '' END || '; ydelsesforløbet sluttede ' || CAST("t109"."end_date" AS TEXT)
        WHEN "t109"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t109"."in_window", 0) AS TEXT) || ' af ' || CAST("t109"."required" AS TEXT) || ' samtaler inden fristen' || '' || CASE WHEN "t109"."listed" IS NOT NULL THEN ': ' || "t109"."listed" ELSE '' END
        ELSE CAST(COALESCE("t109"."in_window", 0) AS TEXT) || ' af ' || CAST("t109"."required" AS TEXT) || ' samtaler inden fristen' || '' || CASE WHEN "t109"."listed" IS NOT NULL THEN ': ' || "t109"."listed" ELSE '' END
      END
      ELSE CASE
        WHEN (
          "t109"."end_date" IS NOT NULL
        )
        AND (
          "t109"."end_date" < "t109"."due_date"
        )
        AND (
          "t109"."nth_date" IS NULL
        )
        THEN CAST(COALESCE("t109"."in_window", 0) AS TEXT) || ' af ' || CAST("t109"."required" AS TEXT) || ' samtaler inden fristen' || '' || CASE WHEN "t109"."listed" IS NOT NULL THEN ': ' || "t109"."listed" ELSE '' END || '; ydelsesforløbet sluttede ' || CAST("t109"."end_date" AS TEXT)
        WHEN "t109"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t109"."in_window", 0) AS TEXT) || ' af ' || CAST("t109"."required" AS TEXT) || ' samtaler inden fristen' || '' || CASE WHEN "t109"."listed" IS NOT NULL THEN ': ' || "t109"."listed" ELSE '' END
        ELSE CAST(COALESCE("t109"."in_window", 0) AS TEXT) || ' af ' || CAST("t109"."required" AS TEXT) || ' samtaler inden fristen' || '' || CASE WHEN "t109"."listed" IS NOT NULL THEN ': ' || "t109"."listed" ELSE '' END
      END || '; ' || "t109"."exemption_note"
    END AS "evidence"
  FROM (
    SELECT
      "t108".*
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
        "t107"."person_id" AS "person_id_right",
        "t107"."benefit" AS "benefit_right",
        "t107"."start_date" AS "start_date_right",
        "t107"."nth_date",
        "t107"."counted",
        "t107"."in_window",
        "t107"."listed"
      FROM (
        SELECT
          "t91"."person_id",
          "t91"."benefit",
          "t91"."start_date",
          "t91"."end_date",
          "t91"."first_contact_date",
          "t91"."target_group",
          "t91"."first_absence_date",
          "t91"."sickness_category",
          "t91"."employed",
          "t91"."handover_date",
          "t91"."expected_absence_weeks",
          "t91"."work_obligation",
          "t91"."municipality",
          "t91"."early_followup_request_date",
          "t91"."education_order",
          "t91"."periods",
          "t91"."window_start",
          "t91"."required",
          "t91"."required_joint",
          "t91"."in_force",
          "t91"."_end_unconfirmed",
          "t91"."due0",
          COALESCE("t91"."exempt_days", 0) AS "exempt_days",
          COALESCE("t91"."exempt_now", FALSE) AS "exempt_now",
          COALESCE("t91"."exemption_note", '') AS "exemption_note",
          CAST(CAST("t91"."due0" + TO_DAYS(
            CASE
              WHEN COALESCE(
                CASE
                  WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                  THEN TRUE
                  ELSE CAST(NULL AS BOOLEAN)
                END,
                FALSE
              )
              THEN COALESCE("t91"."exempt_days", 0)
              ELSE 0
            END
          ) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM (
          SELECT
            "t90".*
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
              "t84"."required",
              "t84"."required_joint",
              "t84"."in_force",
              "t84"."_end_unconfirmed",
              "t84"."due0",
              "t89"."person_id" AS "person_id_right",
              "t89"."benefit" AS "benefit_right",
              "t89"."start_date" AS "start_date_right",
              "t89"."exempt_days",
              "t89"."exempt_now",
              "t89"."exemption_note"
            FROM (
              SELECT
                "t82".*
                EXCLUDE ("_point")
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
                  "t81"."_point",
                  CAST(CAST("t81"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                FROM (
                  SELECT
                    "t80".*
                    EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                      "t79"."_ipid",
                      "t79"."_ibenefit",
                      "t79"."_istart",
                      "t79"."_i_start",
                      "t79"."_i_end",
                      "t79"."_cum",
                      CASE
                        WHEN "t79"."_i_start" IS NOT NULL
                        THEN CAST(CAST("t79"."_i_start" + TO_DAYS(CAST("t79"."_needed" - "t79"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                        ELSE "t79"."_plain"
                      END AS "_point"
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
                        "t78"."required",
                        "t78"."required_joint",
                        "t78"."in_force",
                        "t78"."_end_unconfirmed",
                        "t78"."_plain",
                        "t78"."_needed",
                        "t76"."_ipid",
                        "t76"."_ibenefit",
                        "t76"."_istart",
                        "t76"."_i_start",
                        "t76"."_i_end",
                        "t76"."_cum"
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
                          "t73"."start_date" AS "window_start",
                          COALESCE(
                            CASE
                              WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
                              THEN CAST(NULL AS BIGINT)
                              WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                              THEN 3
                              WHEN "t73"."start_date" >= MAKE_DATE(2020, 1, 1)
                              THEN CAST(NULL AS BIGINT)
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          ) + COALESCE(0, 0) AS "required",
                          CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                          (
                            CASE
                              WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
                              THEN CAST(NULL AS BIGINT)
                              WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                              THEN 3
                              WHEN "t73"."start_date" >= MAKE_DATE(2020, 1, 1)
                              THEN CAST(NULL AS BIGINT)
                              ELSE CAST(NULL AS BIGINT)
                            END IS NOT NULL
                          )
                          AND (
                            CASE
                              WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                              THEN 3
                              ELSE CAST(NULL AS BIGINT)
                            END IS NOT NULL
                          ) AS "in_force",
                          COALESCE(
                            (
                              CASE
                                WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
                                THEN CAST(NULL AS BIGINT)
                                WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                THEN 3
                                WHEN "t73"."start_date" >= MAKE_DATE(2020, 1, 1)
                                THEN CAST(NULL AS BIGINT)
                                ELSE CAST(NULL AS BIGINT)
                              END IS NULL
                            )
                            AND COALESCE(
                              ARRAY_CONTAINS(
                                CASE
                                  WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                "t73"."benefit"
                              )
                              OR ARRAY_CONTAINS(
                                CASE
                                  WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                "t73"."benefit" || ':' || COALESCE("t73"."target_group", '')
                              ),
                              FALSE
                            ),
                            FALSE
                          ) AS "_end_unconfirmed",
                          CAST(CAST("t73"."start_date" + TO_MONTHS(
                            COALESCE(
                              CASE
                                WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                THEN 3
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            )
                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                          DATE_DIFF(
                            'DAY',
                            "t73"."start_date",
                            CAST(CAST("t73"."start_date" + TO_MONTHS(
                              COALESCE(
                                CASE
                                  WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                  THEN 3
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE)
                          ) AS "_needed"
                        FROM (
                          SELECT
                            "t65"."person_id",
                            "t65"."benefit",
                            "t65"."start_date",
                            "t65"."end_date",
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
                            "t65"."periods"
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
                              "t63"."periods"
                            FROM (
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
                              FROM "t60" AS "t61"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t63"
                            WHERE
                              "t63"."benefit" IN ('dagpenge')
                          ) AS "t65"
                          ANTI JOIN (
                            SELECT
                              "t67"."person_id" AS "_k_person_id",
                              "t67"."benefit" AS "_k_benefit",
                              "t67"."start_date" AS "_k_start_date"
                            FROM (
                              SELECT
                                "t65"."person_id",
                                "t65"."benefit",
                                "t65"."start_date",
                                "t65"."end_date",
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
                                "t65"."periods"
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
                                  "t63"."periods"
                                FROM (
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
                                  FROM "t60" AS "t61"
                                  GROUP BY
                                    1,
                                    2,
                                    3
                                ) AS "t63"
                                WHERE
                                  "t63"."benefit" IN ('dagpenge')
                              ) AS "t65"
                              SEMI JOIN (
                                SELECT
                                  "t2"."person_id" AS "_mpid",
                                  "t2"."start_date" AS "_mstart"
                                FROM "benefit_periods" AS "t2"
                                WHERE
                                  "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                              ) AS "t8"
                                ON "t65"."person_id" = "t8"."_mpid"
                                AND "t8"."_mstart" >= "t65"."start_date"
                                AND (
                                  (
                                    "t65"."end_date" IS NULL
                                  ) OR (
                                    "t8"."_mstart" <= "t65"."end_date"
                                  )
                                )
                            ) AS "t67"
                            WHERE
                              CASE
                                WHEN "t67"."start_date" >= MAKE_DATE(2026, 7, 1)
                                THEN CAST(NULL AS BIGINT)
                                WHEN "t67"."start_date" >= MAKE_DATE(2024, 1, 1)
                                THEN 6
                                WHEN "t67"."start_date" >= MAKE_DATE(2020, 1, 1)
                                THEN CAST(NULL AS BIGINT)
                                ELSE CAST(NULL AS BIGINT)
                              END IS NOT NULL
                          ) AS "t71"
                            ON "t65"."person_id" = "t71"."_k_person_id"
                            AND "t65"."benefit" = "t71"."_k_benefit"
                            AND "t65"."start_date" = "t71"."_k_start_date"
                        ) AS "t73"
                      ) AS "t78"
                      LEFT OUTER JOIN (
                        SELECT
                          "t74"."person_id" AS "_ipid",
                          "t74"."benefit" AS "_ibenefit",
                          "t74"."start_date" AS "_istart",
                          "t74"."i_start" AS "_i_start",
                          "t74"."i_end" AS "_i_end",
                          "t74"."cum_before" AS "_cum"
                        FROM (
                          SELECT
                            "t72"."person_id",
                            "t72"."benefit",
                            "t72"."_key" AS "start_date",
                            "t72"."i_start",
                            "t72"."i_end",
                            CAST(COALESCE(
                              SUM("t72"."_len") OVER (
                                PARTITION BY "t72"."person_id", "t72"."benefit", "t72"."_key"
                                ORDER BY "t72"."i_start" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                              ),
                              0
                            ) AS INT) AS "cum_before"
                          FROM (
                            SELECT
                              "t69"."person_id",
                              "t69"."benefit",
                              "t69"."_key",
                              "t69"."_island",
                              "t69"."i_start",
                              "t69"."i_end",
                              CASE
                                WHEN "t69"."i_end" = MAKE_DATE(9999, 12, 31)
                                THEN 0
                                ELSE DATE_DIFF('DAY', "t69"."i_start", "t69"."i_end") + 1
                              END AS "_len"
                            FROM (
                              SELECT
                                "t68"."person_id",
                                "t68"."benefit",
                                "t68"."_key",
                                "t68"."_island",
                                MIN("t68"."start_date") AS "i_start",
                                MAX("t68"."_end") AS "i_end"
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
                                    "t62"."person_id",
                                    "t62"."benefit",
                                    "t62"."start_date",
                                    "t62"."_end",
                                    "t62"."_key",
                                    "t62"."_acc",
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
                                    CASE
                                      WHEN MAX("t62"."_end") OVER (
                                        PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                        ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ) IS NULL
                                      THEN 1
                                      WHEN "t62"."start_date" > CAST(CAST(MAX("t62"."_end") OVER (
                                        PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                        ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                      THEN 1
                                      ELSE 0
                                    END AS "_new"
                                  FROM (
                                    SELECT
                                      *
                                    FROM "t60" AS "t61"
                                    WHERE
                                      "t61"."_acc"
                                  ) AS "t62"
                                ) AS "t66"
                              ) AS "t68"
                              GROUP BY
                                1,
                                2,
                                3,
                                4
                            ) AS "t69"
                          ) AS "t72"
                        ) AS "t74"
                      ) AS "t76"
                        ON "t78"."person_id" = "t76"."_ipid"
                        AND "t78"."benefit" = "t76"."_ibenefit"
                        AND "t78"."start_date" = "t76"."_istart"
                        AND "t76"."_cum" < "t78"."_needed"
                        AND (
                          (
                            "t76"."_i_end" = MAKE_DATE(9999, 12, 31)
                          )
                          OR (
                            (
                              "t76"."_cum" + DATE_DIFF('DAY', "t76"."_i_start", "t76"."_i_end") + 1
                            ) >= "t78"."_needed"
                          )
                        )
                    ) AS "t79"
                  ) AS "t80"
                ) AS "t81"
              ) AS "t82"
            ) AS "t84"
            LEFT OUTER JOIN (
              SELECT
                "t87"."person_id",
                "t87"."benefit",
                "t87"."start_date",
                CAST(SUM(
                  DATE_DIFF(
                    'DAY',
                    GREATEST("t87"."_ex_start", "t87"."_from"),
                    LEAST("t87"."_ex_end", "t87"."_to")
                  ) + 1
                ) AS INT) AS "exempt_days",
                BOOL_OR(
                  CAST((
                    "t87"."_ex_start" <= CAST($as_of AS DATE)
                  )
                  AND (
                    "t87"."_ex_end" >= CAST($as_of AS DATE)
                  ) AS BOOLEAN)
                ) AS "exempt_now",
                LISTAGG(
                  
                    'fritaget ' || CAST("t87"."_ex_start" AS TEXT) || '–' || CAST("t87"."_ex_end" AS TEXT) || ' (' || "t87"."_ex_reason" || ')',
                    ', ' ORDER BY "t87"."_ex_start" ASC
                  
                ) AS "exemption_note"
              FROM (
                SELECT
                  "t86"."person_id",
                  "t86"."benefit",
                  "t86"."start_date",
                  "t86"."_from",
                  "t86"."_to",
                  "t6"."_pid",
                  "t6"."_ex_start",
                  "t6"."_ex_end",
                  "t6"."_ex_reason"
                FROM (
                  SELECT
                    "t83"."person_id",
                    "t83"."benefit",
                    "t83"."start_date",
                    "t83"."window_start" AS "_from",
                    "t83"."due0" AS "_to"
                  FROM (
                    SELECT
                      "t82".*
                      EXCLUDE ("_point")
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
                        "t81"."_point",
                        CAST(CAST("t81"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                      FROM (
                        SELECT
                          "t80".*
                          EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                            "t79"."_ipid",
                            "t79"."_ibenefit",
                            "t79"."_istart",
                            "t79"."_i_start",
                            "t79"."_i_end",
                            "t79"."_cum",
                            CASE
                              WHEN "t79"."_i_start" IS NOT NULL
                              THEN CAST(CAST("t79"."_i_start" + TO_DAYS(CAST("t79"."_needed" - "t79"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                              ELSE "t79"."_plain"
                            END AS "_point"
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
                              "t78"."required",
                              "t78"."required_joint",
                              "t78"."in_force",
                              "t78"."_end_unconfirmed",
                              "t78"."_plain",
                              "t78"."_needed",
                              "t76"."_ipid",
                              "t76"."_ibenefit",
                              "t76"."_istart",
                              "t76"."_i_start",
                              "t76"."_i_end",
                              "t76"."_cum"
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
                                "t73"."start_date" AS "window_start",
                                COALESCE(
                                  CASE
                                    WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                    THEN 3
                                    WHEN "t73"."start_date" >= MAKE_DATE(2020, 1, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                ) + COALESCE(0, 0) AS "required",
                                CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                (
                                  CASE
                                    WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                    THEN 3
                                    WHEN "t73"."start_date" >= MAKE_DATE(2020, 1, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    ELSE CAST(NULL AS BIGINT)
                                  END IS NOT NULL
                                )
                                AND (
                                  CASE
                                    WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                    THEN 3
                                    ELSE CAST(NULL AS BIGINT)
                                  END IS NOT NULL
                                ) AS "in_force",
                                COALESCE(
                                  (
                                    CASE
                                      WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                      THEN 3
                                      WHEN "t73"."start_date" >= MAKE_DATE(2020, 1, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NULL
                                  )
                                  AND COALESCE(
                                    ARRAY_CONTAINS(
                                      CASE
                                        WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                      "t73"."benefit"
                                    )
                                    OR ARRAY_CONTAINS(
                                      CASE
                                        WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                      "t73"."benefit" || ':' || COALESCE("t73"."target_group", '')
                                    ),
                                    FALSE
                                  ),
                                  FALSE
                                ) AS "_end_unconfirmed",
                                CAST(CAST("t73"."start_date" + TO_MONTHS(
                                  COALESCE(
                                    CASE
                                      WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                      THEN 3
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE) AS "_plain",
                                DATE_DIFF(
                                  'DAY',
                                  "t73"."start_date",
                                  CAST(CAST("t73"."start_date" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE)
                                ) AS "_needed"
                              FROM (
                                SELECT
                                  "t65"."person_id",
                                  "t65"."benefit",
                                  "t65"."start_date",
                                  "t65"."end_date",
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
                                  "t65"."periods"
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
                                    "t63"."periods"
                                  FROM (
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
                                    FROM "t60" AS "t61"
                                    GROUP BY
                                      1,
                                      2,
                                      3
                                  ) AS "t63"
                                  WHERE
                                    "t63"."benefit" IN ('dagpenge')
                                ) AS "t65"
                                ANTI JOIN (
                                  SELECT
                                    "t67"."person_id" AS "_k_person_id",
                                    "t67"."benefit" AS "_k_benefit",
                                    "t67"."start_date" AS "_k_start_date"
                                  FROM (
                                    SELECT
                                      "t65"."person_id",
                                      "t65"."benefit",
                                      "t65"."start_date",
                                      "t65"."end_date",
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
                                      "t65"."periods"
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
                                        "t63"."periods"
                                      FROM (
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
                                        FROM "t60" AS "t61"
                                        GROUP BY
                                          1,
                                          2,
                                          3
                                      ) AS "t63"
                                      WHERE
                                        "t63"."benefit" IN ('dagpenge')
                                    ) AS "t65"
                                    SEMI JOIN (
                                      SELECT
                                        "t2"."person_id" AS "_mpid",
                                        "t2"."start_date" AS "_mstart"
                                      FROM "benefit_periods" AS "t2"
                                      WHERE
                                        "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                    ) AS "t8"
                                      ON "t65"."person_id" = "t8"."_mpid"
                                      AND "t8"."_mstart" >= "t65"."start_date"
                                      AND (
                                        (
                                          "t65"."end_date" IS NULL
                                        ) OR (
                                          "t8"."_mstart" <= "t65"."end_date"
                                        )
                                      )
                                  ) AS "t67"
                                  WHERE
                                    CASE
                                      WHEN "t67"."start_date" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t67"."start_date" >= MAKE_DATE(2024, 1, 1)
                                      THEN 6
                                      WHEN "t67"."start_date" >= MAKE_DATE(2020, 1, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NOT NULL
                                ) AS "t71"
                                  ON "t65"."person_id" = "t71"."_k_person_id"
                                  AND "t65"."benefit" = "t71"."_k_benefit"
                                  AND "t65"."start_date" = "t71"."_k_start_date"
                              ) AS "t73"
                            ) AS "t78"
                            LEFT OUTER JOIN (
                              SELECT
                                "t74"."person_id" AS "_ipid",
                                "t74"."benefit" AS "_ibenefit",
                                "t74"."start_date" AS "_istart",
                                "t74"."i_start" AS "_i_start",
                                "t74"."i_end" AS "_i_end",
                                "t74"."cum_before" AS "_cum"
                              FROM (
                                SELECT
                                  "t72"."person_id",
                                  "t72"."benefit",
                                  "t72"."_key" AS "start_date",
                                  "t72"."i_start",
                                  "t72"."i_end",
                                  CAST(COALESCE(
                                    SUM("t72"."_len") OVER (
                                      PARTITION BY "t72"."person_id", "t72"."benefit", "t72"."_key"
                                      ORDER BY "t72"."i_start" ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                    ),
                                    0
                                  ) AS INT) AS "cum_before"
                                FROM (
                                  SELECT
                                    "t69"."person_id",
                                    "t69"."benefit",
                                    "t69"."_key",
                                    "t69"."_island",
                                    "t69"."i_start",
                                    "t69"."i_end",
                                    CASE
                                      WHEN "t69"."i_end" = MAKE_DATE(9999, 12, 31)
                                      THEN 0
                                      ELSE DATE_DIFF('DAY', "t69"."i_start", "t69"."i_end") + 1
                                    END AS "_len"
                                  FROM (
                                    SELECT
                                      "t68"."person_id",
                                      "t68"."benefit",
                                      "t68"."_key",
                                      "t68"."_island",
                                      MIN("t68"."start_date") AS "i_start",
                                      MAX("t68"."_end") AS "i_end"
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
                                          "t62"."person_id",
                                          "t62"."benefit",
                                          "t62"."start_date",
                                          "t62"."_end",
                                          "t62"."_key",
                                          "t62"."_acc",
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
                                          CASE
                                            WHEN MAX("t62"."_end") OVER (
                                              PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                              ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ) IS NULL
                                            THEN 1
                                            WHEN "t62"."start_date" > CAST(CAST(MAX("t62"."_end") OVER (
                                              PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                              ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                            THEN 1
                                            ELSE 0
                                          END AS "_new"
                                        FROM (
                                          SELECT
                                            *
                                          FROM "t60" AS "t61"
                                          WHERE
                                            "t61"."_acc"
                                        ) AS "t62"
                                      ) AS "t66"
                                    ) AS "t68"
                                    GROUP BY
                                      1,
                                      2,
                                      3,
                                      4
                                  ) AS "t69"
                                ) AS "t72"
                              ) AS "t74"
                            ) AS "t76"
                              ON "t78"."person_id" = "t76"."_ipid"
                              AND "t78"."benefit" = "t76"."_ibenefit"
                              AND "t78"."start_date" = "t76"."_istart"
                              AND "t76"."_cum" < "t78"."_needed"
                              AND (
                                (
                                  "t76"."_i_end" = MAKE_DATE(9999, 12, 31)
                                )
                                OR (
                                  (
                                    "t76"."_cum" + DATE_DIFF('DAY', "t76"."_i_start", "t76"."_i_end") + 1
                                  ) >= "t78"."_needed"
                                )
                              )
                          ) AS "t79"
                        ) AS "t80"
                      ) AS "t81"
                    ) AS "t82"
                  ) AS "t83"
                ) AS "t86"
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
                  ON "t86"."person_id" = "t6"."_pid"
                  AND "t6"."_ex_start" <= "t86"."_to"
                  AND "t6"."_ex_end" >= "t86"."_from"
              ) AS "t87"
              GROUP BY
                1,
                2,
                3
            ) AS "t89"
              ON "t84"."person_id" = "t89"."person_id"
              AND "t84"."benefit" = "t89"."benefit"
              AND "t84"."start_date" = "t89"."start_date"
          ) AS "t90"
        ) AS "t91"
      ) AS "t97"
      LEFT OUTER JOIN (
        SELECT
          "t105".*
          EXCLUDE ("_need")
        FROM (
          SELECT
            "t104"."person_id",
            "t104"."benefit",
            "t104"."start_date",
            CASE
              WHEN "t104"."counted" >= "t104"."_need"
              THEN "t104"."nth_date"
              ELSE CAST(NULL AS DATE)
            END AS "nth_date",
            "t104"."counted",
            "t104"."in_window",
            "t104"."listed",
            "t104"."_need"
          FROM (
            SELECT
              "t103"."person_id",
              "t103"."benefit",
              "t103"."start_date",
              MAX("t103"."date") AS "nth_date",
              COUNT(*) AS "counted",
              SUM(CAST("t103"."date" <= "t103"."_due" AS INT)) AS "in_window",
              LISTAGG("t103"."description", ', ' ORDER BY "t103"."date" ASC) AS "listed",
              MAX("t103"."_n") AS "_need"
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  "t101"."person_id",
                  "t101"."benefit",
                  "t101"."start_date",
                  "t101"."date",
                  "t101"."description",
                  "t101"."_n",
                  "t101"."_due",
                  ROW_NUMBER() OVER (
                    PARTITION BY "t101"."person_id", "t101"."benefit", "t101"."start_date"
                    ORDER BY "t101"."date" ASC, "t101"."description" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) - 1 AS "_rank"
                FROM (
                  SELECT
                    "t100"."person_id",
                    "t100"."benefit",
                    "t100"."start_date",
                    "t100"."date",
                    "t100"."description",
                    "t98"."_n",
                    "t98"."_due"
                  FROM (
                    SELECT
                      "t94"."person_id",
                      "t94"."benefit",
                      "t94"."start_date",
                      "t94"."date",
                      "t94"."kind" || ' ' || CAST("t94"."date" AS TEXT) || ' (' || "t94"."form" || ', ' || "t94"."held_by" || ')' AS "description"
                    FROM (
                      SELECT
                        "t93"."person_id",
                        "t93"."benefit",
                        "t93"."start_date",
                        "t93"."window_start",
                        "t93"."_first",
                        "t93"."_last",
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
                          "t91"."person_id",
                          "t91"."benefit",
                          "t91"."start_date",
                          "t91"."window_start",
                          "t91"."window_start" AS "_first",
                          COALESCE("t91"."end_date", CAST($as_of AS DATE)) AS "_last"
                        FROM (
                          SELECT
                            "t90".*
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
                              "t84"."required",
                              "t84"."required_joint",
                              "t84"."in_force",
                              "t84"."_end_unconfirmed",
                              "t84"."due0",
                              "t89"."person_id" AS "person_id_right",
                              "t89"."benefit" AS "benefit_right",
                              "t89"."start_date" AS "start_date_right",
                              "t89"."exempt_days",
                              "t89"."exempt_now",
                              "t89"."exemption_note"
                            FROM (
                              SELECT
                                "t82".*
                                EXCLUDE ("_point")
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
                                  "t81"."_point",
                                  CAST(CAST("t81"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                FROM (
                                  SELECT
                                    "t80".*
                                    EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                      "t79"."_ipid",
                                      "t79"."_ibenefit",
                                      "t79"."_istart",
                                      "t79"."_i_start",
                                      "t79"."_i_end",
                                      "t79"."_cum",
                                      CASE
                                        WHEN "t79"."_i_start" IS NOT NULL
                                        THEN CAST(CAST("t79"."_i_start" + TO_DAYS(CAST("t79"."_needed" - "t79"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                        ELSE "t79"."_plain"
                                      END AS "_point"
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
                                        "t78"."required",
                                        "t78"."required_joint",
                                        "t78"."in_force",
                                        "t78"."_end_unconfirmed",
                                        "t78"."_plain",
                                        "t78"."_needed",
                                        "t76"."_ipid",
                                        "t76"."_ibenefit",
                                        "t76"."_istart",
                                        "t76"."_i_start",
                                        "t76"."_i_end",
                                        "t76"."_cum"
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
                                          "t73"."start_date" AS "window_start",
                                          COALESCE(
                                            CASE
                                              WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t73"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) + COALESCE(0, 0) AS "required",
                                          CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                          (
                                            CASE
                                              WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t73"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NOT NULL
                                          )
                                          AND (
                                            CASE
                                              WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NOT NULL
                                          ) AS "in_force",
                                          COALESCE(
                                            (
                                              CASE
                                                WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 3
                                                WHEN "t73"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NULL
                                            )
                                            AND COALESCE(
                                              ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                "t73"."benefit"
                                              )
                                              OR ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                "t73"."benefit" || ':' || COALESCE("t73"."target_group", '')
                                              ),
                                              FALSE
                                            ),
                                            FALSE
                                          ) AS "_end_unconfirmed",
                                          CAST(CAST("t73"."start_date" + TO_MONTHS(
                                            COALESCE(
                                              CASE
                                                WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 3
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            )
                                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                                          DATE_DIFF(
                                            'DAY',
                                            "t73"."start_date",
                                            CAST(CAST("t73"."start_date" + TO_MONTHS(
                                              COALESCE(
                                                CASE
                                                  WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 3
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              )
                                            ) AS TIMESTAMP) AS DATE)
                                          ) AS "_needed"
                                        FROM (
                                          SELECT
                                            "t65"."person_id",
                                            "t65"."benefit",
                                            "t65"."start_date",
                                            "t65"."end_date",
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
                                            "t65"."periods"
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
                                              "t63"."periods"
                                            FROM (
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
                                              FROM "t60" AS "t61"
                                              GROUP BY
                                                1,
                                                2,
                                                3
                                            ) AS "t63"
                                            WHERE
                                              "t63"."benefit" IN ('dagpenge')
                                          ) AS "t65"
                                          ANTI JOIN (
                                            SELECT
                                              "t67"."person_id" AS "_k_person_id",
                                              "t67"."benefit" AS "_k_benefit",
                                              "t67"."start_date" AS "_k_start_date"
                                            FROM (
                                              SELECT
                                                "t65"."person_id",
                                                "t65"."benefit",
                                                "t65"."start_date",
                                                "t65"."end_date",
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
                                                "t65"."periods"
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
                                                  "t63"."periods"
                                                FROM (
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
                                                  FROM "t60" AS "t61"
                                                  GROUP BY
                                                    1,
                                                    2,
                                                    3
                                                ) AS "t63"
                                                WHERE
                                                  "t63"."benefit" IN ('dagpenge')
                                              ) AS "t65"
                                              SEMI JOIN (
                                                SELECT
                                                  "t2"."person_id" AS "_mpid",
                                                  "t2"."start_date" AS "_mstart"
                                                FROM "benefit_periods" AS "t2"
                                                WHERE
                                                  "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                              ) AS "t8"
                                                ON "t65"."person_id" = "t8"."_mpid"
                                                AND "t8"."_mstart" >= "t65"."start_date"
                                                AND (
                                                  (
                                                    "t65"."end_date" IS NULL
                                                  ) OR (
                                                    "t8"."_mstart" <= "t65"."end_date"
                                                  )
                                                )
                                            ) AS "t67"
                                            WHERE
                                              CASE
                                                WHEN "t67"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t67"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 6
                                                WHEN "t67"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                          ) AS "t71"
                                            ON "t65"."person_id" = "t71"."_k_person_id"
                                            AND "t65"."benefit" = "t71"."_k_benefit"
                                            AND "t65"."start_date" = "t71"."_k_start_date"
                                        ) AS "t73"
                                      ) AS "t78"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t74"."person_id" AS "_ipid",
                                          "t74"."benefit" AS "_ibenefit",
                                          "t74"."start_date" AS "_istart",
                                          "t74"."i_start" AS "_i_start",
                                          "t74"."i_end" AS "_i_end",
                                          "t74"."cum_before" AS "_cum"
                                        FROM (
                                          SELECT
                                            "t72"."person_id",
                                            "t72"."benefit",
                                            "t72"."_key" AS "start_date",
                                            "t72"."i_start",
                                            "t72"."i_end",
                                            CAST(COALESCE(
                                              SUM("t72"."_len") OVER (
                                                PARTITION BY "t72"."person_id", "t72"."benefit", "t72"."_key"
                                                ORDER BY "t72"."i_start" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ),
                                              0
                                            ) AS INT) AS "cum_before"
                                          FROM (
                                            SELECT
                                              "t69"."person_id",
                                              "t69"."benefit",
                                              "t69"."_key",
                                              "t69"."_island",
                                              "t69"."i_start",
                                              "t69"."i_end",
                                              CASE
                                                WHEN "t69"."i_end" = MAKE_DATE(9999, 12, 31)
                                                THEN 0
                                                ELSE DATE_DIFF('DAY', "t69"."i_start", "t69"."i_end") + 1
                                              END AS "_len"
                                            FROM (
                                              SELECT
                                                "t68"."person_id",
                                                "t68"."benefit",
                                                "t68"."_key",
                                                "t68"."_island",
                                                MIN("t68"."start_date") AS "i_start",
                                                MAX("t68"."_end") AS "i_end"
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
                                                    "t62"."person_id",
                                                    "t62"."benefit",
                                                    "t62"."start_date",
                                                    "t62"."_end",
                                                    "t62"."_key",
                                                    "t62"."_acc",
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
                                                    CASE
                                                      WHEN MAX("t62"."_end") OVER (
                                                        PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                                        ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ) IS NULL
                                                      THEN 1
                                                      WHEN "t62"."start_date" > CAST(CAST(MAX("t62"."_end") OVER (
                                                        PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                                        ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                      THEN 1
                                                      ELSE 0
                                                    END AS "_new"
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM "t60" AS "t61"
                                                    WHERE
                                                      "t61"."_acc"
                                                  ) AS "t62"
                                                ) AS "t66"
                                              ) AS "t68"
                                              GROUP BY
                                                1,
                                                2,
                                                3,
                                                4
                                            ) AS "t69"
                                          ) AS "t72"
                                        ) AS "t74"
                                      ) AS "t76"
                                        ON "t78"."person_id" = "t76"."_ipid"
                                        AND "t78"."benefit" = "t76"."_ibenefit"
                                        AND "t78"."start_date" = "t76"."_istart"
                                        AND "t76"."_cum" < "t78"."_needed"
                                        AND (
                                          (
                                            "t76"."_i_end" = MAKE_DATE(9999, 12, 31)
                                          )
                                          OR (
                                            (
                                              "t76"."_cum" + DATE_DIFF('DAY', "t76"."_i_start", "t76"."_i_end") + 1
                                            ) >= "t78"."_needed"
                                          )
                                        )
                                    ) AS "t79"
                                  ) AS "t80"
                                ) AS "t81"
                              ) AS "t82"
                            ) AS "t84"
                            LEFT OUTER JOIN (
                              SELECT
                                "t87"."person_id",
                                "t87"."benefit",
                                "t87"."start_date",
                                CAST(SUM(
                                  DATE_DIFF(
                                    'DAY',
                                    GREATEST("t87"."_ex_start", "t87"."_from"),
                                    LEAST("t87"."_ex_end", "t87"."_to")
                                  ) + 1
                                ) AS INT) AS "exempt_days",
                                BOOL_OR(
                                  CAST((
                                    "t87"."_ex_start" <= CAST($as_of AS DATE)
                                  )
                                  AND (
                                    "t87"."_ex_end" >= CAST($as_of AS DATE)
                                  ) AS BOOLEAN)
                                ) AS "exempt_now",
                                LISTAGG(
                                  
                                    'fritaget ' || CAST("t87"."_ex_start" AS TEXT) || '–' || CAST("t87"."_ex_end" AS TEXT) || ' (' || "t87"."_ex_reason" || ')',
                                    ', ' ORDER BY "t87"."_ex_start" ASC
                                  
                                ) AS "exemption_note"
                              FROM (
                                SELECT
                                  "t86"."person_id",
                                  "t86"."benefit",
                                  "t86"."start_date",
                                  "t86"."_from",
                                  "t86"."_to",
                                  "t6"."_pid",
                                  "t6"."_ex_start",
                                  "t6"."_ex_end",
                                  "t6"."_ex_reason"
                                FROM (
                                  SELECT
                                    "t83"."person_id",
                                    "t83"."benefit",
                                    "t83"."start_date",
                                    "t83"."window_start" AS "_from",
                                    "t83"."due0" AS "_to"
                                  FROM (
                                    SELECT
                                      "t82".*
                                      EXCLUDE ("_point")
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
                                        "t81"."_point",
                                        CAST(CAST("t81"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                      FROM (
                                        SELECT
                                          "t80".*
                                          EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                            "t79"."_ipid",
                                            "t79"."_ibenefit",
                                            "t79"."_istart",
                                            "t79"."_i_start",
                                            "t79"."_i_end",
                                            "t79"."_cum",
                                            CASE
                                              WHEN "t79"."_i_start" IS NOT NULL
                                              THEN CAST(CAST("t79"."_i_start" + TO_DAYS(CAST("t79"."_needed" - "t79"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                              ELSE "t79"."_plain"
                                            END AS "_point"
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
                                              "t78"."required",
                                              "t78"."required_joint",
                                              "t78"."in_force",
                                              "t78"."_end_unconfirmed",
                                              "t78"."_plain",
                                              "t78"."_needed",
                                              "t76"."_ipid",
                                              "t76"."_ibenefit",
                                              "t76"."_istart",
                                              "t76"."_i_start",
                                              "t76"."_i_end",
                                              "t76"."_cum"
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
                                                "t73"."start_date" AS "window_start",
                                                COALESCE(
                                                  CASE
                                                    WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    WHEN "t73"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                ) + COALESCE(0, 0) AS "required",
                                                CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                                (
                                                  CASE
                                                    WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    WHEN "t73"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NOT NULL
                                                )
                                                AND (
                                                  CASE
                                                    WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NOT NULL
                                                ) AS "in_force",
                                                COALESCE(
                                                  (
                                                    CASE
                                                      WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 3
                                                      WHEN "t73"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NULL
                                                  )
                                                  AND COALESCE(
                                                    ARRAY_CONTAINS(
                                                      CASE
                                                        WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                      "t73"."benefit"
                                                    )
                                                    OR ARRAY_CONTAINS(
                                                      CASE
                                                        WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                      "t73"."benefit" || ':' || COALESCE("t73"."target_group", '')
                                                    ),
                                                    FALSE
                                                  ),
                                                  FALSE
                                                ) AS "_end_unconfirmed",
                                                CAST(CAST("t73"."start_date" + TO_MONTHS(
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 3
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  )
                                                ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                DATE_DIFF(
                                                  'DAY',
                                                  "t73"."start_date",
                                                  CAST(CAST("t73"."start_date" + TO_MONTHS(
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    )
                                                  ) AS TIMESTAMP) AS DATE)
                                                ) AS "_needed"
                                              FROM (
                                                SELECT
                                                  "t65"."person_id",
                                                  "t65"."benefit",
                                                  "t65"."start_date",
                                                  "t65"."end_date",
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
                                                  "t65"."periods"
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
                                                    "t63"."periods"
                                                  FROM (
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
                                                    FROM "t60" AS "t61"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3
                                                  ) AS "t63"
                                                  WHERE
                                                    "t63"."benefit" IN ('dagpenge')
                                                ) AS "t65"
                                                ANTI JOIN (
                                                  SELECT
                                                    "t67"."person_id" AS "_k_person_id",
                                                    "t67"."benefit" AS "_k_benefit",
                                                    "t67"."start_date" AS "_k_start_date"
                                                  FROM (
                                                    SELECT
                                                      "t65"."person_id",
                                                      "t65"."benefit",
                                                      "t65"."start_date",
                                                      "t65"."end_date",
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
                                                      "t65"."periods"
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
                                                        "t63"."periods"
                                                      FROM (
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
                                                        FROM "t60" AS "t61"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3
                                                      ) AS "t63"
                                                      WHERE
                                                        "t63"."benefit" IN ('dagpenge')
                                                    ) AS "t65"
                                                    SEMI JOIN (
                                                      SELECT
                                                        "t2"."person_id" AS "_mpid",
                                                        "t2"."start_date" AS "_mstart"
                                                      FROM "benefit_periods" AS "t2"
                                                      WHERE
                                                        "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                    ) AS "t8"
                                                      ON "t65"."person_id" = "t8"."_mpid"
                                                      AND "t8"."_mstart" >= "t65"."start_date"
                                                      AND (
                                                        (
                                                          "t65"."end_date" IS NULL
                                                        ) OR (
                                                          "t8"."_mstart" <= "t65"."end_date"
                                                        )
                                                      )
                                                  ) AS "t67"
                                                  WHERE
                                                    CASE
                                                      WHEN "t67"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t67"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 6
                                                      WHEN "t67"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NOT NULL
                                                ) AS "t71"
                                                  ON "t65"."person_id" = "t71"."_k_person_id"
                                                  AND "t65"."benefit" = "t71"."_k_benefit"
                                                  AND "t65"."start_date" = "t71"."_k_start_date"
                                              ) AS "t73"
                                            ) AS "t78"
                                            LEFT OUTER JOIN (
                                              SELECT
                                                "t74"."person_id" AS "_ipid",
                                                "t74"."benefit" AS "_ibenefit",
                                                "t74"."start_date" AS "_istart",
                                                "t74"."i_start" AS "_i_start",
                                                "t74"."i_end" AS "_i_end",
                                                "t74"."cum_before" AS "_cum"
                                              FROM (
                                                SELECT
                                                  "t72"."person_id",
                                                  "t72"."benefit",
                                                  "t72"."_key" AS "start_date",
                                                  "t72"."i_start",
                                                  "t72"."i_end",
                                                  CAST(COALESCE(
                                                    SUM("t72"."_len") OVER (
                                                      PARTITION BY "t72"."person_id", "t72"."benefit", "t72"."_key"
                                                      ORDER BY "t72"."i_start" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                    ),
                                                    0
                                                  ) AS INT) AS "cum_before"
                                                FROM (
                                                  SELECT
                                                    "t69"."person_id",
                                                    "t69"."benefit",
                                                    "t69"."_key",
                                                    "t69"."_island",
                                                    "t69"."i_start",
                                                    "t69"."i_end",
                                                    CASE
                                                      WHEN "t69"."i_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN 0
                                                      ELSE DATE_DIFF('DAY', "t69"."i_start", "t69"."i_end") + 1
                                                    END AS "_len"
                                                  FROM (
                                                    SELECT
                                                      "t68"."person_id",
                                                      "t68"."benefit",
                                                      "t68"."_key",
                                                      "t68"."_island",
                                                      MIN("t68"."start_date") AS "i_start",
                                                      MAX("t68"."_end") AS "i_end"
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
                                                          "t62"."person_id",
                                                          "t62"."benefit",
                                                          "t62"."start_date",
                                                          "t62"."_end",
                                                          "t62"."_key",
                                                          "t62"."_acc",
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
                                                          CASE
                                                            WHEN MAX("t62"."_end") OVER (
                                                              PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                                              ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                            ) IS NULL
                                                            THEN 1
                                                            WHEN "t62"."start_date" > CAST(CAST(MAX("t62"."_end") OVER (
                                                              PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                                              ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                            THEN 1
                                                            ELSE 0
                                                          END AS "_new"
                                                        FROM (
                                                          SELECT
                                                            *
                                                          FROM "t60" AS "t61"
                                                          WHERE
                                                            "t61"."_acc"
                                                        ) AS "t62"
                                                      ) AS "t66"
                                                    ) AS "t68"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3,
                                                      4
                                                  ) AS "t69"
                                                ) AS "t72"
                                              ) AS "t74"
                                            ) AS "t76"
                                              ON "t78"."person_id" = "t76"."_ipid"
                                              AND "t78"."benefit" = "t76"."_ibenefit"
                                              AND "t78"."start_date" = "t76"."_istart"
                                              AND "t76"."_cum" < "t78"."_needed"
                                              AND (
                                                (
                                                  "t76"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                )
                                                OR (
                                                  (
                                                    "t76"."_cum" + DATE_DIFF('DAY', "t76"."_i_start", "t76"."_i_end") + 1
                                                  ) >= "t78"."_needed"
                                                )
                                              )
                                          ) AS "t79"
                                        ) AS "t80"
                                      ) AS "t81"
                                    ) AS "t82"
                                  ) AS "t83"
                                ) AS "t86"
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
                                  ON "t86"."person_id" = "t6"."_pid"
                                  AND "t6"."_ex_start" <= "t86"."_to"
                                  AND "t6"."_ex_end" >= "t86"."_from"
                              ) AS "t87"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t89"
                              ON "t84"."person_id" = "t89"."person_id"
                              AND "t84"."benefit" = "t89"."benefit"
                              AND "t84"."start_date" = "t89"."start_date"
                          ) AS "t90"
                        ) AS "t91"
                      ) AS "t93"
                      INNER JOIN (
                        SELECT
                          *
                        FROM "conversations" AS "t1"
                        WHERE
                          "t1"."status" = 'afholdt'
                          AND COALESCE("t1"."individual", TRUE)
                          AND "t1"."date" <= CAST($as_of AS DATE)
                          AND "t1"."kind" IN ('jobsamtale')
                      ) AS "t7"
                        ON "t93"."person_id" = "t7"."person_id"
                        AND "t7"."date" >= "t93"."_first"
                        AND "t7"."date" <= "t93"."_last"
                    ) AS "t94"
                    WHERE
                      COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t94"."window_start" >= MAKE_DATE(2024, 1, 1)
                            THEN ['akasse']
                            ELSE CAST(NULL AS TEXT[])
                          END,
                          "t94"."held_by"
                        ),
                        FALSE
                      )
                      AND COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t94"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN ['personligt', 'telefon', 'video']
                            ELSE CAST(NULL AS TEXT[])
                          END,
                          "t94"."form"
                        ),
                        FALSE
                      )
                  ) AS "t100"
                  INNER JOIN (
                    SELECT
                      "t91"."person_id",
                      "t91"."benefit",
                      "t91"."start_date",
                      "t91"."required" AS "_n",
                      CAST(CAST("t91"."due0" + TO_DAYS(
                        CASE
                          WHEN COALESCE(
                            CASE
                              WHEN "t91"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN TRUE
                              ELSE CAST(NULL AS BOOLEAN)
                            END,
                            FALSE
                          )
                          THEN COALESCE("t91"."exempt_days", 0)
                          ELSE 0
                        END
                      ) AS TIMESTAMP) AS DATE) AS "_due"
                    FROM (
                      SELECT
                        "t90".*
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
                          "t84"."required",
                          "t84"."required_joint",
                          "t84"."in_force",
                          "t84"."_end_unconfirmed",
                          "t84"."due0",
                          "t89"."person_id" AS "person_id_right",
                          "t89"."benefit" AS "benefit_right",
                          "t89"."start_date" AS "start_date_right",
                          "t89"."exempt_days",
                          "t89"."exempt_now",
                          "t89"."exemption_note"
                        FROM (
                          SELECT
                            "t82".*
                            EXCLUDE ("_point")
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
                              "t81"."_point",
                              CAST(CAST("t81"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                            FROM (
                              SELECT
                                "t80".*
                                EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                  "t79"."_ipid",
                                  "t79"."_ibenefit",
                                  "t79"."_istart",
                                  "t79"."_i_start",
                                  "t79"."_i_end",
                                  "t79"."_cum",
                                  CASE
                                    WHEN "t79"."_i_start" IS NOT NULL
                                    THEN CAST(CAST("t79"."_i_start" + TO_DAYS(CAST("t79"."_needed" - "t79"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                    ELSE "t79"."_plain"
                                  END AS "_point"
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
                                    "t78"."required",
                                    "t78"."required_joint",
                                    "t78"."in_force",
                                    "t78"."_end_unconfirmed",
                                    "t78"."_plain",
                                    "t78"."_needed",
                                    "t76"."_ipid",
                                    "t76"."_ibenefit",
                                    "t76"."_istart",
                                    "t76"."_i_start",
                                    "t76"."_i_end",
                                    "t76"."_cum"
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
                                      "t73"."start_date" AS "window_start",
                                      COALESCE(
                                        CASE
                                          WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          WHEN "t73"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      ) + COALESCE(0, 0) AS "required",
                                      CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                      (
                                        CASE
                                          WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          WHEN "t73"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NOT NULL
                                      )
                                      AND (
                                        CASE
                                          WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NOT NULL
                                      ) AS "in_force",
                                      COALESCE(
                                        (
                                          CASE
                                            WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                            THEN 3
                                            WHEN "t73"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            ELSE CAST(NULL AS BIGINT)
                                          END IS NULL
                                        )
                                        AND COALESCE(
                                          ARRAY_CONTAINS(
                                            CASE
                                              WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                            "t73"."benefit"
                                          )
                                          OR ARRAY_CONTAINS(
                                            CASE
                                              WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                            "t73"."benefit" || ':' || COALESCE("t73"."target_group", '')
                                          ),
                                          FALSE
                                        ),
                                        FALSE
                                      ) AS "_end_unconfirmed",
                                      CAST(CAST("t73"."start_date" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                            THEN 3
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                                      DATE_DIFF(
                                        'DAY',
                                        "t73"."start_date",
                                        CAST(CAST("t73"."start_date" + TO_MONTHS(
                                          COALESCE(
                                            CASE
                                              WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          )
                                        ) AS TIMESTAMP) AS DATE)
                                      ) AS "_needed"
                                    FROM (
                                      SELECT
                                        "t65"."person_id",
                                        "t65"."benefit",
                                        "t65"."start_date",
                                        "t65"."end_date",
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
                                        "t65"."periods"
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
                                          "t63"."periods"
                                        FROM (
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
                                          FROM "t60" AS "t61"
                                          GROUP BY
                                            1,
                                            2,
                                            3
                                        ) AS "t63"
                                        WHERE
                                          "t63"."benefit" IN ('dagpenge')
                                      ) AS "t65"
                                      ANTI JOIN (
                                        SELECT
                                          "t67"."person_id" AS "_k_person_id",
                                          "t67"."benefit" AS "_k_benefit",
                                          "t67"."start_date" AS "_k_start_date"
                                        FROM (
                                          SELECT
                                            "t65"."person_id",
                                            "t65"."benefit",
                                            "t65"."start_date",
                                            "t65"."end_date",
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
                                            "t65"."periods"
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
                                              "t63"."periods"
                                            FROM (
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
                                              FROM "t60" AS "t61"
                                              GROUP BY
                                                1,
                                                2,
                                                3
                                            ) AS "t63"
                                            WHERE
                                              "t63"."benefit" IN ('dagpenge')
                                          ) AS "t65"
                                          SEMI JOIN (
                                            SELECT
                                              "t2"."person_id" AS "_mpid",
                                              "t2"."start_date" AS "_mstart"
                                            FROM "benefit_periods" AS "t2"
                                            WHERE
                                              "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                          ) AS "t8"
                                            ON "t65"."person_id" = "t8"."_mpid"
                                            AND "t8"."_mstart" >= "t65"."start_date"
                                            AND (
                                              (
                                                "t65"."end_date" IS NULL
                                              ) OR (
                                                "t8"."_mstart" <= "t65"."end_date"
                                              )
                                            )
                                        ) AS "t67"
                                        WHERE
                                          CASE
                                            WHEN "t67"."start_date" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t67"."start_date" >= MAKE_DATE(2024, 1, 1)
                                            THEN 6
                                            WHEN "t67"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            ELSE CAST(NULL AS BIGINT)
                                          END IS NOT NULL
                                      ) AS "t71"
                                        ON "t65"."person_id" = "t71"."_k_person_id"
                                        AND "t65"."benefit" = "t71"."_k_benefit"
                                        AND "t65"."start_date" = "t71"."_k_start_date"
                                    ) AS "t73"
                                  ) AS "t78"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t74"."person_id" AS "_ipid",
                                      "t74"."benefit" AS "_ibenefit",
                                      "t74"."start_date" AS "_istart",
                                      "t74"."i_start" AS "_i_start",
                                      "t74"."i_end" AS "_i_end",
                                      "t74"."cum_before" AS "_cum"
                                    FROM (
                                      SELECT
                                        "t72"."person_id",
                                        "t72"."benefit",
                                        "t72"."_key" AS "start_date",
                                        "t72"."i_start",
                                        "t72"."i_end",
                                        CAST(COALESCE(
                                          SUM("t72"."_len") OVER (
                                            PARTITION BY "t72"."person_id", "t72"."benefit", "t72"."_key"
                                            ORDER BY "t72"."i_start" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                          ),
                                          0
                                        ) AS INT) AS "cum_before"
                                      FROM (
                                        SELECT
                                          "t69"."person_id",
                                          "t69"."benefit",
                                          "t69"."_key",
                                          "t69"."_island",
                                          "t69"."i_start",
                                          "t69"."i_end",
                                          CASE
                                            WHEN "t69"."i_end" = MAKE_DATE(9999, 12, 31)
                                            THEN 0
                                            ELSE DATE_DIFF('DAY', "t69"."i_start", "t69"."i_end") + 1
                                          END AS "_len"
                                        FROM (
                                          SELECT
                                            "t68"."person_id",
                                            "t68"."benefit",
                                            "t68"."_key",
                                            "t68"."_island",
                                            MIN("t68"."start_date") AS "i_start",
                                            MAX("t68"."_end") AS "i_end"
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
                                                "t62"."person_id",
                                                "t62"."benefit",
                                                "t62"."start_date",
                                                "t62"."_end",
                                                "t62"."_key",
                                                "t62"."_acc",
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
                                                CASE
                                                  WHEN MAX("t62"."_end") OVER (
                                                    PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                                    ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ) IS NULL
                                                  THEN 1
                                                  WHEN "t62"."start_date" > CAST(CAST(MAX("t62"."_end") OVER (
                                                    PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                                    ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                  THEN 1
                                                  ELSE 0
                                                END AS "_new"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM "t60" AS "t61"
                                                WHERE
                                                  "t61"."_acc"
                                              ) AS "t62"
                                            ) AS "t66"
                                          ) AS "t68"
                                          GROUP BY
                                            1,
                                            2,
                                            3,
                                            4
                                        ) AS "t69"
                                      ) AS "t72"
                                    ) AS "t74"
                                  ) AS "t76"
                                    ON "t78"."person_id" = "t76"."_ipid"
                                    AND "t78"."benefit" = "t76"."_ibenefit"
                                    AND "t78"."start_date" = "t76"."_istart"
                                    AND "t76"."_cum" < "t78"."_needed"
                                    AND (
                                      (
                                        "t76"."_i_end" = MAKE_DATE(9999, 12, 31)
                                      )
                                      OR (
                                        (
                                          "t76"."_cum" + DATE_DIFF('DAY', "t76"."_i_start", "t76"."_i_end") + 1
                                        ) >= "t78"."_needed"
                                      )
                                    )
                                ) AS "t79"
                              ) AS "t80"
                            ) AS "t81"
                          ) AS "t82"
                        ) AS "t84"
                        LEFT OUTER JOIN (
                          SELECT
                            "t87"."person_id",
                            "t87"."benefit",
                            "t87"."start_date",
                            CAST(SUM(
                              DATE_DIFF(
                                'DAY',
                                GREATEST("t87"."_ex_start", "t87"."_from"),
                                LEAST("t87"."_ex_end", "t87"."_to")
                              ) + 1
                            ) AS INT) AS "exempt_days",
                            BOOL_OR(
                              CAST((
                                "t87"."_ex_start" <= CAST($as_of AS DATE)
                              )
                              AND (
                                "t87"."_ex_end" >= CAST($as_of AS DATE)
                              ) AS BOOLEAN)
                            ) AS "exempt_now",
                            LISTAGG(
                              
                                'fritaget ' || CAST("t87"."_ex_start" AS TEXT) || '–' || CAST("t87"."_ex_end" AS TEXT) || ' (' || "t87"."_ex_reason" || ')',
                                ', ' ORDER BY "t87"."_ex_start" ASC
                              
                            ) AS "exemption_note"
                          FROM (
                            SELECT
                              "t86"."person_id",
                              "t86"."benefit",
                              "t86"."start_date",
                              "t86"."_from",
                              "t86"."_to",
                              "t6"."_pid",
                              "t6"."_ex_start",
                              "t6"."_ex_end",
                              "t6"."_ex_reason"
                            FROM (
                              SELECT
                                "t83"."person_id",
                                "t83"."benefit",
                                "t83"."start_date",
                                "t83"."window_start" AS "_from",
                                "t83"."due0" AS "_to"
                              FROM (
                                SELECT
                                  "t82".*
                                  EXCLUDE ("_point")
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
                                    "t81"."_point",
                                    CAST(CAST("t81"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                  FROM (
                                    SELECT
                                      "t80".*
                                      EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                        "t79"."_ipid",
                                        "t79"."_ibenefit",
                                        "t79"."_istart",
                                        "t79"."_i_start",
                                        "t79"."_i_end",
                                        "t79"."_cum",
                                        CASE
                                          WHEN "t79"."_i_start" IS NOT NULL
                                          THEN CAST(CAST("t79"."_i_start" + TO_DAYS(CAST("t79"."_needed" - "t79"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                          ELSE "t79"."_plain"
                                        END AS "_point"
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
                                          "t78"."required",
                                          "t78"."required_joint",
                                          "t78"."in_force",
                                          "t78"."_end_unconfirmed",
                                          "t78"."_plain",
                                          "t78"."_needed",
                                          "t76"."_ipid",
                                          "t76"."_ibenefit",
                                          "t76"."_istart",
                                          "t76"."_i_start",
                                          "t76"."_i_end",
                                          "t76"."_cum"
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
                                            "t73"."start_date" AS "window_start",
                                            COALESCE(
                                              CASE
                                                WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 3
                                                WHEN "t73"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            ) + COALESCE(0, 0) AS "required",
                                            CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                            (
                                              CASE
                                                WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 3
                                                WHEN "t73"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                            )
                                            AND (
                                              CASE
                                                WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 3
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                            ) AS "in_force",
                                            COALESCE(
                                              (
                                                CASE
                                                  WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 3
                                                  WHEN "t73"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NULL
                                              )
                                              AND COALESCE(
                                                ARRAY_CONTAINS(
                                                  CASE
                                                    WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                  "t73"."benefit"
                                                )
                                                OR ARRAY_CONTAINS(
                                                  CASE
                                                    WHEN "t73"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                  "t73"."benefit" || ':' || COALESCE("t73"."target_group", '')
                                                ),
                                                FALSE
                                              ),
                                              FALSE
                                            ) AS "_end_unconfirmed",
                                            CAST(CAST("t73"."start_date" + TO_MONTHS(
                                              COALESCE(
                                                CASE
                                                  WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 3
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              )
                                            ) AS TIMESTAMP) AS DATE) AS "_plain",
                                            DATE_DIFF(
                                              'DAY',
                                              "t73"."start_date",
                                              CAST(CAST("t73"."start_date" + TO_MONTHS(
                                                COALESCE(
                                                  CASE
                                                    WHEN "t73"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                )
                                              ) AS TIMESTAMP) AS DATE)
                                            ) AS "_needed"
                                          FROM (
                                            SELECT
                                              "t65"."person_id",
                                              "t65"."benefit",
                                              "t65"."start_date",
                                              "t65"."end_date",
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
                                              "t65"."periods"
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
                                                "t63"."periods"
                                              FROM (
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
                                                FROM "t60" AS "t61"
                                                GROUP BY
                                                  1,
                                                  2,
                                                  3
                                              ) AS "t63"
                                              WHERE
                                                "t63"."benefit" IN ('dagpenge')
                                            ) AS "t65"
                                            ANTI JOIN (
                                              SELECT
                                                "t67"."person_id" AS "_k_person_id",
                                                "t67"."benefit" AS "_k_benefit",
                                                "t67"."start_date" AS "_k_start_date"
                                              FROM (
                                                SELECT
                                                  "t65"."person_id",
                                                  "t65"."benefit",
                                                  "t65"."start_date",
                                                  "t65"."end_date",
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
                                                  "t65"."periods"
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
                                                    "t63"."periods"
                                                  FROM (
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
                                                    FROM "t60" AS "t61"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3
                                                  ) AS "t63"
                                                  WHERE
                                                    "t63"."benefit" IN ('dagpenge')
                                                ) AS "t65"
                                                SEMI JOIN (
                                                  SELECT
                                                    "t2"."person_id" AS "_mpid",
                                                    "t2"."start_date" AS "_mstart"
                                                  FROM "benefit_periods" AS "t2"
                                                  WHERE
                                                    "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                ) AS "t8"
                                                  ON "t65"."person_id" = "t8"."_mpid"
                                                  AND "t8"."_mstart" >= "t65"."start_date"
                                                  AND (
                                                    (
                                                      "t65"."end_date" IS NULL
                                                    ) OR (
                                                      "t8"."_mstart" <= "t65"."end_date"
                                                    )
                                                  )
                                              ) AS "t67"
                                              WHERE
                                                CASE
                                                  WHEN "t67"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t67"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 6
                                                  WHEN "t67"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NOT NULL
                                            ) AS "t71"
                                              ON "t65"."person_id" = "t71"."_k_person_id"
                                              AND "t65"."benefit" = "t71"."_k_benefit"
                                              AND "t65"."start_date" = "t71"."_k_start_date"
                                          ) AS "t73"
                                        ) AS "t78"
                                        LEFT OUTER JOIN (
                                          SELECT
                                            "t74"."person_id" AS "_ipid",
                                            "t74"."benefit" AS "_ibenefit",
                                            "t74"."start_date" AS "_istart",
                                            "t74"."i_start" AS "_i_start",
                                            "t74"."i_end" AS "_i_end",
                                            "t74"."cum_before" AS "_cum"
                                          FROM (
                                            SELECT
                                              "t72"."person_id",
                                              "t72"."benefit",
                                              "t72"."_key" AS "start_date",
                                              "t72"."i_start",
                                              "t72"."i_end",
                                              CAST(COALESCE(
                                                SUM("t72"."_len") OVER (
                                                  PARTITION BY "t72"."person_id", "t72"."benefit", "t72"."_key"
                                                  ORDER BY "t72"."i_start" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                ),
                                                0
                                              ) AS INT) AS "cum_before"
                                            FROM (
                                              SELECT
                                                "t69"."person_id",
                                                "t69"."benefit",
                                                "t69"."_key",
                                                "t69"."_island",
                                                "t69"."i_start",
                                                "t69"."i_end",
                                                CASE
                                                  WHEN "t69"."i_end" = MAKE_DATE(9999, 12, 31)
                                                  THEN 0
                                                  ELSE DATE_DIFF('DAY', "t69"."i_start", "t69"."i_end") + 1
                                                END AS "_len"
                                              FROM (
                                                SELECT
                                                  "t68"."person_id",
                                                  "t68"."benefit",
                                                  "t68"."_key",
                                                  "t68"."_island",
                                                  MIN("t68"."start_date") AS "i_start",
                                                  MAX("t68"."_end") AS "i_end"
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
                                                      "t62"."person_id",
                                                      "t62"."benefit",
                                                      "t62"."start_date",
                                                      "t62"."_end",
                                                      "t62"."_key",
                                                      "t62"."_acc",
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
                                                      CASE
                                                        WHEN MAX("t62"."_end") OVER (
                                                          PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                                          ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                        ) IS NULL
                                                        THEN 1
                                                        WHEN "t62"."start_date" > CAST(CAST(MAX("t62"."_end") OVER (
                                                          PARTITION BY "t62"."person_id", "t62"."benefit", "t62"."_key"
                                                          ORDER BY "t62"."start_date" ASC, "t62"."_end" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                        THEN 1
                                                        ELSE 0
                                                      END AS "_new"
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM "t60" AS "t61"
                                                      WHERE
                                                        "t61"."_acc"
                                                    ) AS "t62"
                                                  ) AS "t66"
                                                ) AS "t68"
                                                GROUP BY
                                                  1,
                                                  2,
                                                  3,
                                                  4
                                              ) AS "t69"
                                            ) AS "t72"
                                          ) AS "t74"
                                        ) AS "t76"
                                          ON "t78"."person_id" = "t76"."_ipid"
                                          AND "t78"."benefit" = "t76"."_ibenefit"
                                          AND "t78"."start_date" = "t76"."_istart"
                                          AND "t76"."_cum" < "t78"."_needed"
                                          AND (
                                            (
                                              "t76"."_i_end" = MAKE_DATE(9999, 12, 31)
                                            )
                                            OR (
                                              (
                                                "t76"."_cum" + DATE_DIFF('DAY', "t76"."_i_start", "t76"."_i_end") + 1
                                              ) >= "t78"."_needed"
                                            )
                                          )
                                      ) AS "t79"
                                    ) AS "t80"
                                  ) AS "t81"
                                ) AS "t82"
                              ) AS "t83"
                            ) AS "t86"
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
                              ON "t86"."person_id" = "t6"."_pid"
                              AND "t6"."_ex_start" <= "t86"."_to"
                              AND "t6"."_ex_end" >= "t86"."_from"
                          ) AS "t87"
                          GROUP BY
                            1,
                            2,
                            3
                        ) AS "t89"
                          ON "t84"."person_id" = "t89"."person_id"
                          AND "t84"."benefit" = "t89"."benefit"
                          AND "t84"."start_date" = "t89"."start_date"
                      ) AS "t90"
                    ) AS "t91"
                  ) AS "t98"
                    ON "t100"."person_id" = "t98"."person_id"
                    AND "t100"."benefit" = "t98"."benefit"
                    AND "t100"."start_date" = "t98"."start_date"
                ) AS "t101"
              ) AS "t102"
              WHERE
                "t102"."_rank" < "t102"."_n"
            ) AS "t103"
            GROUP BY
              1,
              2,
              3
          ) AS "t104"
        ) AS "t105"
      ) AS "t107"
        ON "t97"."person_id" = "t107"."person_id"
        AND "t97"."benefit" = "t107"."benefit"
        AND "t97"."start_date" = "t107"."start_date"
    ) AS "t108"
  ) AS "t109"
) AS "t110"
