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
  "t126"."person_id",
  "t126"."benefit",
  'interviews_6m' AS "kind",
  'dagpenge_interviews_6m' AS "rule_id",
  '1.2.0' AS "rule_version",
  CASE
    WHEN "t126"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025; STAR, generelle spørgsmål og svar om reformen (75 %-krav)'
    WHEN "t126"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31 (LBK nr. 280 af 2024; lov nr. 727 af 13.6.2023 – forenklet kontaktforløb)'
    WHEN "t126"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 31 (LBK nr. 701 af 2022)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t126"."window_start",
  CASE
    WHEN COALESCE("t126"."is_applicable", FALSE)
    THEN "t126"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t126"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t126"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t126"."fulfilled_date" <= "t126"."due_date"
    )
    THEN 'met'
    WHEN "t126"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t126"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t126"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t126"."is_applicable", FALSE)
    THEN "t126"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t126"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t126"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t126"."fulfilled_date" > "t126"."due_date"
    )
    THEN DATE_DIFF('DAY', "t126"."due_date", "t126"."fulfilled_date")
    WHEN NOT (
      "t126"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t126"."is_exempt", FALSE)
    )
    AND (
      "t126"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t126"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t126"."is_applicable", FALSE)
              THEN "t126"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t126"."window_start"
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
              WHEN COALESCE("t126"."is_applicable", FALSE)
              THEN "t126"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t126"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'dagpenge_interviews_6m'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. ' || COALESCE("t126"."evidence", '')
    ELSE COALESCE("t126"."evidence", '')
  END AS "evidence"
FROM (
  SELECT
    "t125"."person_id",
    "t125"."benefit",
    "t125"."start_date",
    "t125"."end_date",
    "t125"."first_contact_date",
    "t125"."target_group",
    "t125"."first_absence_date",
    "t125"."sickness_category",
    "t125"."employed",
    "t125"."handover_date",
    "t125"."expected_absence_weeks",
    "t125"."work_obligation",
    "t125"."municipality",
    "t125"."early_followup_request_date",
    "t125"."education_order",
    "t125"."periods",
    "t125"."window_start",
    "t125"."required",
    "t125"."required_joint",
    "t125"."in_force",
    "t125"."_end_unconfirmed",
    "t125"."due0",
    "t125"."exempt_days",
    "t125"."exempt_now",
    "t125"."exemption_note",
    "t125"."due_date",
    "t125"."_count_from",
    "t125"."nth_date",
    "t125"."counted",
    "t125"."in_window",
    "t125"."listed",
    "t125"."joint_date",
    "t125"."joint_in_window",
    CASE
      WHEN "t125"."required_joint" = 0
      THEN "t125"."nth_date"
      WHEN (
        "t125"."nth_date" IS NOT NULL
      ) AND (
        "t125"."joint_date" IS NOT NULL
      )
      THEN GREATEST("t125"."nth_date", "t125"."joint_date")
      ELSE CAST(NULL AS DATE)
    END AS "fulfilled_date",
    "t125"."in_force"
    AND NOT (
      (
        "t125"."end_date" IS NOT NULL
      )
      AND (
        "t125"."end_date" < "t125"."due_date"
      )
      AND (
        CASE
          WHEN "t125"."required_joint" = 0
          THEN "t125"."nth_date"
          WHEN (
            "t125"."nth_date" IS NOT NULL
          ) AND (
            "t125"."joint_date" IS NOT NULL
          )
          THEN GREATEST("t125"."nth_date", "t125"."joint_date")
          ELSE CAST(NULL AS DATE)
        END IS NULL
      )
    ) AS "is_applicable",
    "t125"."exempt_now" AS "is_exempt",
    CASE
      WHEN "t125"."exemption_note" = ''
      THEN CASE
        WHEN (
          "t125"."end_date" IS NOT NULL
        )
        AND (
          "t125"."end_date" < "t125"."due_date"
        )
        AND (
          CASE
            WHEN "t125"."required_joint" = 0
            THEN "t125"."nth_date"
            WHEN (
              "t125"."nth_date" IS NOT NULL
            ) AND (
              "t125"."joint_date" IS NOT NULL
            )
            THEN GREATEST("t125"."nth_date", "t125"."joint_date")
            ELSE CAST(NULL AS DATE)
          END IS NULL
        )
        THEN CAST(COALESCE("t125"."in_window", 0) AS TEXT) || ' af ' || CAST("t125"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t125"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t125"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t125"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t125"."listed" IS NOT NULL THEN ': ' || "t125"."listed" ELSE '' END || '; ydelsesforløbet sluttede ' || CAST("t125"."end_date" AS TEXT)
        WHEN "t125"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t125"."in_window", 0) AS TEXT) || ' af ' || CAST("t125"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t125"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t125"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t125"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t125"."listed" IS NOT NULL THEN ': ' || "t125"."listed" ELSE '' END
        ELSE CAST(COALESCE("t125"."in_window", 0) AS TEXT) || ' af ' || CAST("t125"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t125"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t125"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t125"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t125"."listed" IS NOT NULL THEN ': ' || "t125"."listed" ELSE '' END
      END
      ELSE CASE
        WHEN (
          "t125"."end_date" IS NOT NULL
        )
        AND (
          "t125"."end_date" < "t125"."due_date"
        )
        AND (
          CASE
            WHEN "t125"."required_joint" = 0
            THEN "t125"."nth_date"
            WHEN (
              "t125"."nth_date" IS NOT NULL
            ) AND (
              "t125"."joint_date" IS NOT NULL
            )
            THEN GREATEST("t125"."nth_date", "t125"."joint_date")
            ELSE CAST(NULL AS DATE)
          END IS NULL
        )
        THEN CAST(COALESCE("t125"."in_window", 0) AS TEXT) || ' af ' || CAST("t125"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t125"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t125"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t125"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t125"."listed" IS NOT NULL THEN ': ' || "t125"."listed" ELSE '' END || '; ydelsesforløbet sluttede ' || CAST("t125"."end_date" AS TEXT)
        WHEN "t125"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t125"."in_window", 0) AS TEXT) || ' af ' || CAST("t125"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t125"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t125"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t125"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t125"."listed" IS NOT NULL THEN ': ' || "t125"."listed" ELSE '' END
        ELSE CAST(COALESCE("t125"."in_window", 0) AS TEXT) || ' af ' || CAST("t125"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t125"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t125"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t125"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t125"."listed" IS NOT NULL THEN ': ' || "t125"."listed" ELSE '' END
      END || '; ' || "t125"."exemption_note"
    END AS "evidence"
  FROM (
    SELECT
      "t124".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t123"."person_id",
        "t123"."benefit",
        "t123"."start_date",
        "t123"."end_date",
        "t123"."first_contact_date",
        "t123"."target_group",
        "t123"."first_absence_date",
        "t123"."sickness_category",
        "t123"."employed",
        "t123"."handover_date",
        "t123"."expected_absence_weeks",
        "t123"."work_obligation",
        "t123"."municipality",
        "t123"."early_followup_request_date",
        "t123"."education_order",
        "t123"."periods",
        "t123"."window_start",
        "t123"."required",
        "t123"."required_joint",
        "t123"."in_force",
        "t123"."_end_unconfirmed",
        "t123"."due0",
        "t123"."exempt_days",
        "t123"."exempt_now",
        "t123"."exemption_note",
        "t123"."due_date",
        "t123"."_count_from",
        "t123"."nth_date",
        "t123"."counted",
        "t123"."in_window",
        "t123"."listed",
        "t120"."person_id" AS "person_id_right",
        "t120"."benefit" AS "benefit_right",
        "t120"."start_date" AS "start_date_right",
        "t120"."joint_date",
        "t120"."joint_in_window"
      FROM (
        SELECT
          "t121".*
          EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
            "t91"."exempt_days",
            "t91"."exempt_now",
            "t91"."exemption_note",
            "t91"."due_date",
            "t91"."_count_from",
            "t118"."person_id" AS "person_id_right",
            "t118"."benefit" AS "benefit_right",
            "t118"."start_date" AS "start_date_right",
            "t118"."nth_date",
            "t118"."counted",
            "t118"."in_window",
            "t118"."listed"
          FROM (
            SELECT
              "t89".*
              EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                "t88"."required",
                "t88"."required_joint",
                "t88"."in_force",
                "t88"."_end_unconfirmed",
                "t88"."due0",
                "t88"."exempt_days",
                "t88"."exempt_now",
                "t88"."exemption_note",
                "t88"."due_date",
                "t88"."_plain",
                "t88"."_needed",
                "t88"."_ipid",
                "t88"."_ibenefit",
                "t88"."_istart",
                "t88"."_i_start",
                "t88"."_i_end",
                "t88"."_cum",
                CASE
                  WHEN "t88"."_i_start" IS NOT NULL
                  THEN CAST(CAST("t88"."_i_start" + TO_DAYS(CAST("t88"."_needed" - "t88"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                  ELSE "t88"."_plain"
                END AS "_count_from"
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
                  "t87"."exempt_days",
                  "t87"."exempt_now",
                  "t87"."exemption_note",
                  "t87"."due_date",
                  "t87"."_plain",
                  "t87"."_needed",
                  "t72"."_ipid",
                  "t72"."_ibenefit",
                  "t72"."_istart",
                  "t72"."_i_start",
                  "t72"."_i_end",
                  "t72"."_cum"
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
                    COALESCE("t85"."exempt_days", 0) AS "exempt_days",
                    COALESCE("t85"."exempt_now", FALSE) AS "exempt_now",
                    COALESCE("t85"."exemption_note", '') AS "exemption_note",
                    CAST(CAST("t85"."due0" + TO_DAYS(
                      CASE
                        WHEN COALESCE(
                          CASE
                            WHEN "t85"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN TRUE
                            ELSE CAST(NULL AS BOOLEAN)
                          END,
                          FALSE
                        )
                        THEN COALESCE("t85"."exempt_days", 0)
                        ELSE 0
                      END
                    ) AS TIMESTAMP) AS DATE) AS "due_date",
                    CAST(CAST("t85"."window_start" + TO_MONTHS(
                      COALESCE(
                        CASE
                          WHEN "t85"."window_start" >= MAKE_DATE(2024, 1, 1)
                          THEN 3
                          WHEN "t85"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 0
                          ELSE CAST(NULL AS BIGINT)
                        END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                    DATE_DIFF(
                      'DAY',
                      "t85"."window_start",
                      CAST(CAST("t85"."window_start" + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t85"."window_start" >= MAKE_DATE(2024, 1, 1)
                            THEN 3
                            WHEN "t85"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN 0
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        )
                      ) AS TIMESTAMP) AS DATE)
                    ) AS "_needed"
                  FROM (
                    SELECT
                      "t84".*
                      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                        "t78"."due0",
                        "t83"."person_id" AS "person_id_right",
                        "t83"."benefit" AS "benefit_right",
                        "t83"."start_date" AS "start_date_right",
                        "t83"."exempt_days",
                        "t83"."exempt_now",
                        "t83"."exemption_note"
                      FROM (
                        SELECT
                          "t76".*
                          EXCLUDE ("_point")
                        FROM (
                          SELECT
                            "t75"."person_id",
                            "t75"."benefit",
                            "t75"."start_date",
                            "t75"."end_date",
                            "t75"."first_contact_date",
                            "t75"."target_group",
                            "t75"."first_absence_date",
                            "t75"."sickness_category",
                            "t75"."employed",
                            "t75"."handover_date",
                            "t75"."expected_absence_weeks",
                            "t75"."work_obligation",
                            "t75"."municipality",
                            "t75"."early_followup_request_date",
                            "t75"."education_order",
                            "t75"."periods",
                            "t75"."window_start",
                            "t75"."required",
                            "t75"."required_joint",
                            "t75"."in_force",
                            "t75"."_end_unconfirmed",
                            "t75"."_point",
                            CAST(CAST("t75"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
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
                                "t73"."required",
                                "t73"."required_joint",
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
                                END AS "_point"
                              FROM (
                                SELECT
                                  "t67"."person_id",
                                  "t67"."benefit",
                                  "t67"."start_date",
                                  "t67"."end_date",
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
                                  "t67"."periods",
                                  "t67"."window_start",
                                  "t67"."required",
                                  "t67"."required_joint",
                                  "t67"."in_force",
                                  "t67"."_end_unconfirmed",
                                  "t67"."_plain",
                                  "t67"."_needed",
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
                                    "t63"."_key" AS "window_start",
                                    COALESCE(
                                      CASE
                                        WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                        THEN 4
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) + COALESCE(
                                      CASE
                                        WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                        THEN 0
                                        WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                        THEN 0
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) AS "required",
                                    COALESCE(
                                      CASE
                                        WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                        THEN 0
                                        WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                        THEN 0
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) AS "required_joint",
                                    (
                                      CASE
                                        WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                        THEN 4
                                        ELSE CAST(NULL AS BIGINT)
                                      END IS NOT NULL
                                    )
                                    AND (
                                      CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                    ) AS "in_force",
                                    COALESCE(
                                      (
                                        CASE
                                          WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                          THEN 4
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NULL
                                      )
                                      AND COALESCE(
                                        ARRAY_CONTAINS(
                                          CASE
                                            WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                            WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                    CAST(CAST("t63"."_key" + TO_MONTHS(
                                      COALESCE(
                                        CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                                    DATE_DIFF(
                                      'DAY',
                                      "t63"."_key",
                                      CAST(CAST("t63"."_key" + TO_MONTHS(
                                        COALESCE(
                                          CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE)
                                    ) AS "_needed"
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
                                ) AS "t67"
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
                                        "t68"."person_id",
                                        "t68"."benefit",
                                        "t68"."_key",
                                        "t68"."_island",
                                        "t68"."i_start",
                                        "t68"."i_end",
                                        CASE
                                          WHEN "t68"."i_end" = MAKE_DATE(9999, 12, 31)
                                          THEN 0
                                          ELSE DATE_DIFF('DAY', "t68"."i_start", "t68"."i_end") + 1
                                        END AS "_len"
                                      FROM (
                                        SELECT
                                          "t66"."person_id",
                                          "t66"."benefit",
                                          "t66"."_key",
                                          "t66"."_island",
                                          MIN("t66"."start_date") AS "i_start",
                                          MAX("t66"."_end") AS "i_end"
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
                                          ) AS "t64"
                                        ) AS "t66"
                                        GROUP BY
                                          1,
                                          2,
                                          3,
                                          4
                                      ) AS "t68"
                                    ) AS "t69"
                                  ) AS "t70"
                                ) AS "t72"
                                  ON "t67"."person_id" = "t72"."_ipid"
                                  AND "t67"."benefit" = "t72"."_ibenefit"
                                  AND "t67"."start_date" = "t72"."_istart"
                                  AND "t72"."_cum" < "t67"."_needed"
                                  AND (
                                    (
                                      "t72"."_i_end" = MAKE_DATE(9999, 12, 31)
                                    )
                                    OR (
                                      (
                                        "t72"."_cum" + DATE_DIFF('DAY', "t72"."_i_start", "t72"."_i_end") + 1
                                      ) >= "t67"."_needed"
                                    )
                                  )
                              ) AS "t73"
                            ) AS "t74"
                          ) AS "t75"
                        ) AS "t76"
                      ) AS "t78"
                      LEFT OUTER JOIN (
                        SELECT
                          "t81"."person_id",
                          "t81"."benefit",
                          "t81"."start_date",
                          CAST(SUM(
                            DATE_DIFF(
                              'DAY',
                              GREATEST("t81"."_ex_start", "t81"."_from"),
                              LEAST("t81"."_ex_end", "t81"."_to")
                            ) + 1
                          ) AS INT) AS "exempt_days",
                          BOOL_OR(
                            CAST((
                              "t81"."_ex_start" <= CAST($as_of AS DATE)
                            )
                            AND (
                              "t81"."_ex_end" >= CAST($as_of AS DATE)
                            ) AS BOOLEAN)
                          ) AS "exempt_now",
                          LISTAGG(
                            
                              'fritaget ' || CAST("t81"."_ex_start" AS TEXT) || '–' || CAST("t81"."_ex_end" AS TEXT) || ' (' || "t81"."_ex_reason" || ')',
                              ', ' ORDER BY "t81"."_ex_start" ASC
                            
                          ) AS "exemption_note"
                        FROM (
                          SELECT
                            "t80"."person_id",
                            "t80"."benefit",
                            "t80"."start_date",
                            "t80"."_from",
                            "t80"."_to",
                            "t8"."_pid",
                            "t8"."_ex_start",
                            "t8"."_ex_end",
                            "t8"."_ex_reason"
                          FROM (
                            SELECT
                              "t77"."person_id",
                              "t77"."benefit",
                              "t77"."start_date",
                              "t77"."window_start" AS "_from",
                              "t77"."due0" AS "_to"
                            FROM (
                              SELECT
                                "t76".*
                                EXCLUDE ("_point")
                              FROM (
                                SELECT
                                  "t75"."person_id",
                                  "t75"."benefit",
                                  "t75"."start_date",
                                  "t75"."end_date",
                                  "t75"."first_contact_date",
                                  "t75"."target_group",
                                  "t75"."first_absence_date",
                                  "t75"."sickness_category",
                                  "t75"."employed",
                                  "t75"."handover_date",
                                  "t75"."expected_absence_weeks",
                                  "t75"."work_obligation",
                                  "t75"."municipality",
                                  "t75"."early_followup_request_date",
                                  "t75"."education_order",
                                  "t75"."periods",
                                  "t75"."window_start",
                                  "t75"."required",
                                  "t75"."required_joint",
                                  "t75"."in_force",
                                  "t75"."_end_unconfirmed",
                                  "t75"."_point",
                                  CAST(CAST("t75"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
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
                                      "t73"."required",
                                      "t73"."required_joint",
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
                                      END AS "_point"
                                    FROM (
                                      SELECT
                                        "t67"."person_id",
                                        "t67"."benefit",
                                        "t67"."start_date",
                                        "t67"."end_date",
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
                                        "t67"."periods",
                                        "t67"."window_start",
                                        "t67"."required",
                                        "t67"."required_joint",
                                        "t67"."in_force",
                                        "t67"."_end_unconfirmed",
                                        "t67"."_plain",
                                        "t67"."_needed",
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
                                          "t63"."_key" AS "window_start",
                                          COALESCE(
                                            CASE
                                              WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                              THEN 4
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) + COALESCE(
                                            CASE
                                              WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                              THEN 0
                                              WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                              THEN 0
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) AS "required",
                                          COALESCE(
                                            CASE
                                              WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                              THEN 0
                                              WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                              THEN 0
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) AS "required_joint",
                                          (
                                            CASE
                                              WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                              THEN 4
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NOT NULL
                                          )
                                          AND (
                                            CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                          ) AS "in_force",
                                          COALESCE(
                                            (
                                              CASE
                                                WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                THEN 3
                                                WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                THEN 4
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NULL
                                            )
                                            AND COALESCE(
                                              ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                  WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                          CAST(CAST("t63"."_key" + TO_MONTHS(
                                            COALESCE(
                                              CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                              0
                                            )
                                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                                          DATE_DIFF(
                                            'DAY',
                                            "t63"."_key",
                                            CAST(CAST("t63"."_key" + TO_MONTHS(
                                              COALESCE(
                                                CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                0
                                              )
                                            ) AS TIMESTAMP) AS DATE)
                                          ) AS "_needed"
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
                                      ) AS "t67"
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
                                              "t68"."person_id",
                                              "t68"."benefit",
                                              "t68"."_key",
                                              "t68"."_island",
                                              "t68"."i_start",
                                              "t68"."i_end",
                                              CASE
                                                WHEN "t68"."i_end" = MAKE_DATE(9999, 12, 31)
                                                THEN 0
                                                ELSE DATE_DIFF('DAY', "t68"."i_start", "t68"."i_end") + 1
                                              END AS "_len"
                                            FROM (
                                              SELECT
                                                "t66"."person_id",
                                                "t66"."benefit",
                                                "t66"."_key",
                                                "t66"."_island",
                                                MIN("t66"."start_date") AS "i_start",
                                                MAX("t66"."_end") AS "i_end"
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
                                                ) AS "t64"
                                              ) AS "t66"
                                              GROUP BY
                                                1,
                                                2,
                                                3,
                                                4
                                            ) AS "t68"
                                          ) AS "t69"
                                        ) AS "t70"
                                      ) AS "t72"
                                        ON "t67"."person_id" = "t72"."_ipid"
                                        AND "t67"."benefit" = "t72"."_ibenefit"
                                        AND "t67"."start_date" = "t72"."_istart"
                                        AND "t72"."_cum" < "t67"."_needed"
                                        AND (
                                          (
                                            "t72"."_i_end" = MAKE_DATE(9999, 12, 31)
                                          )
                                          OR (
                                            (
                                              "t72"."_cum" + DATE_DIFF('DAY', "t72"."_i_start", "t72"."_i_end") + 1
                                            ) >= "t67"."_needed"
                                          )
                                        )
                                    ) AS "t73"
                                  ) AS "t74"
                                ) AS "t75"
                              ) AS "t76"
                            ) AS "t77"
                          ) AS "t80"
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
                            ON "t80"."person_id" = "t8"."_pid"
                            AND "t8"."_ex_start" <= "t80"."_to"
                            AND "t8"."_ex_end" >= "t80"."_from"
                        ) AS "t81"
                        GROUP BY
                          1,
                          2,
                          3
                      ) AS "t83"
                        ON "t78"."person_id" = "t83"."person_id"
                        AND "t78"."benefit" = "t83"."benefit"
                        AND "t78"."start_date" = "t83"."start_date"
                    ) AS "t84"
                  ) AS "t85"
                ) AS "t87"
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
                        "t68"."person_id",
                        "t68"."benefit",
                        "t68"."_key",
                        "t68"."_island",
                        "t68"."i_start",
                        "t68"."i_end",
                        CASE
                          WHEN "t68"."i_end" = MAKE_DATE(9999, 12, 31)
                          THEN 0
                          ELSE DATE_DIFF('DAY', "t68"."i_start", "t68"."i_end") + 1
                        END AS "_len"
                      FROM (
                        SELECT
                          "t66"."person_id",
                          "t66"."benefit",
                          "t66"."_key",
                          "t66"."_island",
                          MIN("t66"."start_date") AS "i_start",
                          MAX("t66"."_end") AS "i_end"
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
                          ) AS "t64"
                        ) AS "t66"
                        GROUP BY
                          1,
                          2,
                          3,
                          4
                      ) AS "t68"
                    ) AS "t69"
                  ) AS "t70"
                ) AS "t72"
                  ON "t87"."person_id" = "t72"."_ipid"
                  AND "t87"."benefit" = "t72"."_ibenefit"
                  AND "t87"."start_date" = "t72"."_istart"
                  AND "t72"."_cum" < "t87"."_needed"
                  AND (
                    (
                      "t72"."_i_end" = MAKE_DATE(9999, 12, 31)
                    )
                    OR (
                      (
                        "t72"."_cum" + DATE_DIFF('DAY', "t72"."_i_start", "t72"."_i_end") + 1
                      ) >= "t87"."_needed"
                    )
                  )
              ) AS "t88"
            ) AS "t89"
          ) AS "t91"
          LEFT OUTER JOIN (
            SELECT
              "t115".*
              EXCLUDE ("_need")
            FROM (
              SELECT
                "t113"."person_id",
                "t113"."benefit",
                "t113"."start_date",
                CASE
                  WHEN "t113"."counted" >= "t113"."_need"
                  THEN "t113"."nth_date"
                  ELSE CAST(NULL AS DATE)
                END AS "nth_date",
                "t113"."counted",
                "t113"."in_window",
                "t113"."listed",
                "t113"."_need"
              FROM (
                SELECT
                  "t111"."person_id",
                  "t111"."benefit",
                  "t111"."start_date",
                  MAX("t111"."date") AS "nth_date",
                  COUNT(*) AS "counted",
                  SUM(CAST("t111"."date" <= "t111"."_due" AS INT)) AS "in_window",
                  LISTAGG("t111"."description", ', ' ORDER BY "t111"."date" ASC) AS "listed",
                  MAX("t111"."_n") AS "_need"
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t107"."person_id",
                      "t107"."benefit",
                      "t107"."start_date",
                      "t107"."date",
                      "t107"."description",
                      "t107"."_n",
                      "t107"."_due",
                      ROW_NUMBER() OVER (
                        PARTITION BY "t107"."person_id", "t107"."benefit", "t107"."start_date"
                        ORDER BY "t107"."date" ASC, "t107"."description" ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                      ) - 1 AS "_rank"
                    FROM (
                      SELECT
                        "t105"."person_id",
                        "t105"."benefit",
                        "t105"."start_date",
                        "t105"."date",
                        "t105"."description",
                        "t95"."_n",
                        "t95"."_due"
                      FROM (
                        SELECT
                          "t101"."person_id",
                          "t101"."benefit",
                          "t101"."start_date",
                          "t101"."date",
                          "t101"."kind" || ' ' || CAST("t101"."date" AS TEXT) || ' (' || "t101"."form" || ', ' || "t101"."held_by" || ')' AS "description"
                        FROM (
                          SELECT
                            "t99"."person_id",
                            "t99"."benefit",
                            "t99"."start_date",
                            "t99"."window_start",
                            "t99"."_first",
                            "t99"."_last",
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
                              "t90"."person_id",
                              "t90"."benefit",
                              "t90"."start_date",
                              "t90"."window_start",
                              "t90"."_count_from" AS "_first",
                              COALESCE("t90"."end_date", CAST($as_of AS DATE)) AS "_last"
                            FROM (
                              SELECT
                                "t89".*
                                EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                  "t88"."required",
                                  "t88"."required_joint",
                                  "t88"."in_force",
                                  "t88"."_end_unconfirmed",
                                  "t88"."due0",
                                  "t88"."exempt_days",
                                  "t88"."exempt_now",
                                  "t88"."exemption_note",
                                  "t88"."due_date",
                                  "t88"."_plain",
                                  "t88"."_needed",
                                  "t88"."_ipid",
                                  "t88"."_ibenefit",
                                  "t88"."_istart",
                                  "t88"."_i_start",
                                  "t88"."_i_end",
                                  "t88"."_cum",
                                  CASE
                                    WHEN "t88"."_i_start" IS NOT NULL
                                    THEN CAST(CAST("t88"."_i_start" + TO_DAYS(CAST("t88"."_needed" - "t88"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                    ELSE "t88"."_plain"
                                  END AS "_count_from"
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
                                    "t87"."exempt_days",
                                    "t87"."exempt_now",
                                    "t87"."exemption_note",
                                    "t87"."due_date",
                                    "t87"."_plain",
                                    "t87"."_needed",
                                    "t72"."_ipid",
                                    "t72"."_ibenefit",
                                    "t72"."_istart",
                                    "t72"."_i_start",
                                    "t72"."_i_end",
                                    "t72"."_cum"
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
                                      COALESCE("t85"."exempt_days", 0) AS "exempt_days",
                                      COALESCE("t85"."exempt_now", FALSE) AS "exempt_now",
                                      COALESCE("t85"."exemption_note", '') AS "exemption_note",
                                      CAST(CAST("t85"."due0" + TO_DAYS(
                                        CASE
                                          WHEN COALESCE(
                                            CASE
                                              WHEN "t85"."window_start" >= MAKE_DATE(2020, 1, 1)
                                              THEN TRUE
                                              ELSE CAST(NULL AS BOOLEAN)
                                            END,
                                            FALSE
                                          )
                                          THEN COALESCE("t85"."exempt_days", 0)
                                          ELSE 0
                                        END
                                      ) AS TIMESTAMP) AS DATE) AS "due_date",
                                      CAST(CAST("t85"."window_start" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t85"."window_start" >= MAKE_DATE(2024, 1, 1)
                                            THEN 3
                                            WHEN "t85"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 0
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                                      DATE_DIFF(
                                        'DAY',
                                        "t85"."window_start",
                                        CAST(CAST("t85"."window_start" + TO_MONTHS(
                                          COALESCE(
                                            CASE
                                              WHEN "t85"."window_start" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t85"."window_start" >= MAKE_DATE(2020, 1, 1)
                                              THEN 0
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          )
                                        ) AS TIMESTAMP) AS DATE)
                                      ) AS "_needed"
                                    FROM (
                                      SELECT
                                        "t84".*
                                        EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                          "t78"."due0",
                                          "t83"."person_id" AS "person_id_right",
                                          "t83"."benefit" AS "benefit_right",
                                          "t83"."start_date" AS "start_date_right",
                                          "t83"."exempt_days",
                                          "t83"."exempt_now",
                                          "t83"."exemption_note"
                                        FROM (
                                          SELECT
                                            "t76".*
                                            EXCLUDE ("_point")
                                          FROM (
                                            SELECT
                                              "t75"."person_id",
                                              "t75"."benefit",
                                              "t75"."start_date",
                                              "t75"."end_date",
                                              "t75"."first_contact_date",
                                              "t75"."target_group",
                                              "t75"."first_absence_date",
                                              "t75"."sickness_category",
                                              "t75"."employed",
                                              "t75"."handover_date",
                                              "t75"."expected_absence_weeks",
                                              "t75"."work_obligation",
                                              "t75"."municipality",
                                              "t75"."early_followup_request_date",
                                              "t75"."education_order",
                                              "t75"."periods",
                                              "t75"."window_start",
                                              "t75"."required",
                                              "t75"."required_joint",
                                              "t75"."in_force",
                                              "t75"."_end_unconfirmed",
                                              "t75"."_point",
                                              CAST(CAST("t75"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
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
                                                  "t73"."required",
                                                  "t73"."required_joint",
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
                                                  END AS "_point"
                                                FROM (
                                                  SELECT
                                                    "t67"."person_id",
                                                    "t67"."benefit",
                                                    "t67"."start_date",
                                                    "t67"."end_date",
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
                                                    "t67"."periods",
                                                    "t67"."window_start",
                                                    "t67"."required",
                                                    "t67"."required_joint",
                                                    "t67"."in_force",
                                                    "t67"."_end_unconfirmed",
                                                    "t67"."_plain",
                                                    "t67"."_needed",
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
                                                      "t63"."_key" AS "window_start",
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      ) + COALESCE(
                                                        CASE
                                                          WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 0
                                                          WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 0
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      ) AS "required",
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 0
                                                          WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 0
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      ) AS "required_joint",
                                                      (
                                                        CASE
                                                          WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NOT NULL
                                                      )
                                                      AND (
                                                        CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                      ) AS "in_force",
                                                      COALESCE(
                                                        (
                                                          CASE
                                                            WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 3
                                                            WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 4
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END IS NULL
                                                        )
                                                        AND COALESCE(
                                                          ARRAY_CONTAINS(
                                                            CASE
                                                              WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                              WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                      CAST(CAST("t63"."_key" + TO_MONTHS(
                                                        COALESCE(
                                                          CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                          0
                                                        )
                                                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                      DATE_DIFF(
                                                        'DAY',
                                                        "t63"."_key",
                                                        CAST(CAST("t63"."_key" + TO_MONTHS(
                                                          COALESCE(
                                                            CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                            0
                                                          )
                                                        ) AS TIMESTAMP) AS DATE)
                                                      ) AS "_needed"
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
                                                  ) AS "t67"
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
                                                          "t68"."person_id",
                                                          "t68"."benefit",
                                                          "t68"."_key",
                                                          "t68"."_island",
                                                          "t68"."i_start",
                                                          "t68"."i_end",
                                                          CASE
                                                            WHEN "t68"."i_end" = MAKE_DATE(9999, 12, 31)
                                                            THEN 0
                                                            ELSE DATE_DIFF('DAY', "t68"."i_start", "t68"."i_end") + 1
                                                          END AS "_len"
                                                        FROM (
                                                          SELECT
                                                            "t66"."person_id",
                                                            "t66"."benefit",
                                                            "t66"."_key",
                                                            "t66"."_island",
                                                            MIN("t66"."start_date") AS "i_start",
                                                            MAX("t66"."_end") AS "i_end"
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
                                                            ) AS "t64"
                                                          ) AS "t66"
                                                          GROUP BY
                                                            1,
                                                            2,
                                                            3,
                                                            4
                                                        ) AS "t68"
                                                      ) AS "t69"
                                                    ) AS "t70"
                                                  ) AS "t72"
                                                    ON "t67"."person_id" = "t72"."_ipid"
                                                    AND "t67"."benefit" = "t72"."_ibenefit"
                                                    AND "t67"."start_date" = "t72"."_istart"
                                                    AND "t72"."_cum" < "t67"."_needed"
                                                    AND (
                                                      (
                                                        "t72"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                      )
                                                      OR (
                                                        (
                                                          "t72"."_cum" + DATE_DIFF('DAY', "t72"."_i_start", "t72"."_i_end") + 1
                                                        ) >= "t67"."_needed"
                                                      )
                                                    )
                                                ) AS "t73"
                                              ) AS "t74"
                                            ) AS "t75"
                                          ) AS "t76"
                                        ) AS "t78"
                                        LEFT OUTER JOIN (
                                          SELECT
                                            "t81"."person_id",
                                            "t81"."benefit",
                                            "t81"."start_date",
                                            CAST(SUM(
                                              DATE_DIFF(
                                                'DAY',
                                                GREATEST("t81"."_ex_start", "t81"."_from"),
                                                LEAST("t81"."_ex_end", "t81"."_to")
                                              ) + 1
                                            ) AS INT) AS "exempt_days",
                                            BOOL_OR(
                                              CAST((
                                                "t81"."_ex_start" <= CAST($as_of AS DATE)
                                              )
                                              AND (
                                                "t81"."_ex_end" >= CAST($as_of AS DATE)
                                              ) AS BOOLEAN)
                                            ) AS "exempt_now",
                                            LISTAGG(
                                              
                                                'fritaget ' || CAST("t81"."_ex_start" AS TEXT) || '–' || CAST("t81"."_ex_end" AS TEXT) || ' (' || "t81"."_ex_reason" || ')',
                                                ', ' ORDER BY "t81"."_ex_start" ASC
                                              
                                            ) AS "exemption_note"
                                          FROM (
                                            SELECT
                                              "t80"."person_id",
                                              "t80"."benefit",
                                              "t80"."start_date",
                                              "t80"."_from",
                                              "t80"."_to",
                                              "t8"."_pid",
                                              "t8"."_ex_start",
                                              "t8"."_ex_end",
                                              "t8"."_ex_reason"
                                            FROM (
                                              SELECT
                                                "t77"."person_id",
                                                "t77"."benefit",
                                                "t77"."start_date",
                                                "t77"."window_start" AS "_from",
                                                "t77"."due0" AS "_to"
                                              FROM (
                                                SELECT
                                                  "t76".*
                                                  EXCLUDE ("_point")
                                                FROM (
                                                  SELECT
                                                    "t75"."person_id",
                                                    "t75"."benefit",
                                                    "t75"."start_date",
                                                    "t75"."end_date",
                                                    "t75"."first_contact_date",
                                                    "t75"."target_group",
                                                    "t75"."first_absence_date",
                                                    "t75"."sickness_category",
                                                    "t75"."employed",
                                                    "t75"."handover_date",
                                                    "t75"."expected_absence_weeks",
                                                    "t75"."work_obligation",
                                                    "t75"."municipality",
                                                    "t75"."early_followup_request_date",
                                                    "t75"."education_order",
                                                    "t75"."periods",
                                                    "t75"."window_start",
                                                    "t75"."required",
                                                    "t75"."required_joint",
                                                    "t75"."in_force",
                                                    "t75"."_end_unconfirmed",
                                                    "t75"."_point",
                                                    CAST(CAST("t75"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
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
                                                        "t73"."required",
                                                        "t73"."required_joint",
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
                                                        END AS "_point"
                                                      FROM (
                                                        SELECT
                                                          "t67"."person_id",
                                                          "t67"."benefit",
                                                          "t67"."start_date",
                                                          "t67"."end_date",
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
                                                          "t67"."periods",
                                                          "t67"."window_start",
                                                          "t67"."required",
                                                          "t67"."required_joint",
                                                          "t67"."in_force",
                                                          "t67"."_end_unconfirmed",
                                                          "t67"."_plain",
                                                          "t67"."_needed",
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
                                                            "t63"."_key" AS "window_start",
                                                            COALESCE(
                                                              CASE
                                                                WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 3
                                                                WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 4
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END,
                                                              0
                                                            ) + COALESCE(
                                                              CASE
                                                                WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 0
                                                                WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 0
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END,
                                                              0
                                                            ) AS "required",
                                                            COALESCE(
                                                              CASE
                                                                WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 0
                                                                WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 0
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END,
                                                              0
                                                            ) AS "required_joint",
                                                            (
                                                              CASE
                                                                WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 3
                                                                WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 4
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END IS NOT NULL
                                                            )
                                                            AND (
                                                              CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                            ) AS "in_force",
                                                            COALESCE(
                                                              (
                                                                CASE
                                                                  WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                  THEN CAST(NULL AS BIGINT)
                                                                  WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                  THEN 3
                                                                  WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                  THEN 4
                                                                  ELSE CAST(NULL AS BIGINT)
                                                                END IS NULL
                                                              )
                                                              AND COALESCE(
                                                                ARRAY_CONTAINS(
                                                                  CASE
                                                                    WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                    WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                            CAST(CAST("t63"."_key" + TO_MONTHS(
                                                              COALESCE(
                                                                CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                0
                                                              )
                                                            ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                            DATE_DIFF(
                                                              'DAY',
                                                              "t63"."_key",
                                                              CAST(CAST("t63"."_key" + TO_MONTHS(
                                                                COALESCE(
                                                                  CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                  0
                                                                )
                                                              ) AS TIMESTAMP) AS DATE)
                                                            ) AS "_needed"
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
                                                        ) AS "t67"
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
                                                                "t68"."person_id",
                                                                "t68"."benefit",
                                                                "t68"."_key",
                                                                "t68"."_island",
                                                                "t68"."i_start",
                                                                "t68"."i_end",
                                                                CASE
                                                                  WHEN "t68"."i_end" = MAKE_DATE(9999, 12, 31)
                                                                  THEN 0
                                                                  ELSE DATE_DIFF('DAY', "t68"."i_start", "t68"."i_end") + 1
                                                                END AS "_len"
                                                              FROM (
                                                                SELECT
                                                                  "t66"."person_id",
                                                                  "t66"."benefit",
                                                                  "t66"."_key",
                                                                  "t66"."_island",
                                                                  MIN("t66"."start_date") AS "i_start",
                                                                  MAX("t66"."_end") AS "i_end"
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
                                                                  ) AS "t64"
                                                                ) AS "t66"
                                                                GROUP BY
                                                                  1,
                                                                  2,
                                                                  3,
                                                                  4
                                                              ) AS "t68"
                                                            ) AS "t69"
                                                          ) AS "t70"
                                                        ) AS "t72"
                                                          ON "t67"."person_id" = "t72"."_ipid"
                                                          AND "t67"."benefit" = "t72"."_ibenefit"
                                                          AND "t67"."start_date" = "t72"."_istart"
                                                          AND "t72"."_cum" < "t67"."_needed"
                                                          AND (
                                                            (
                                                              "t72"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                            )
                                                            OR (
                                                              (
                                                                "t72"."_cum" + DATE_DIFF('DAY', "t72"."_i_start", "t72"."_i_end") + 1
                                                              ) >= "t67"."_needed"
                                                            )
                                                          )
                                                      ) AS "t73"
                                                    ) AS "t74"
                                                  ) AS "t75"
                                                ) AS "t76"
                                              ) AS "t77"
                                            ) AS "t80"
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
                                              ON "t80"."person_id" = "t8"."_pid"
                                              AND "t8"."_ex_start" <= "t80"."_to"
                                              AND "t8"."_ex_end" >= "t80"."_from"
                                          ) AS "t81"
                                          GROUP BY
                                            1,
                                            2,
                                            3
                                        ) AS "t83"
                                          ON "t78"."person_id" = "t83"."person_id"
                                          AND "t78"."benefit" = "t83"."benefit"
                                          AND "t78"."start_date" = "t83"."start_date"
                                      ) AS "t84"
                                    ) AS "t85"
                                  ) AS "t87"
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
                                          "t68"."person_id",
                                          "t68"."benefit",
                                          "t68"."_key",
                                          "t68"."_island",
                                          "t68"."i_start",
                                          "t68"."i_end",
                                          CASE
                                            WHEN "t68"."i_end" = MAKE_DATE(9999, 12, 31)
                                            THEN 0
                                            ELSE DATE_DIFF('DAY', "t68"."i_start", "t68"."i_end") + 1
                                          END AS "_len"
                                        FROM (
                                          SELECT
                                            "t66"."person_id",
                                            "t66"."benefit",
                                            "t66"."_key",
                                            "t66"."_island",
                                            MIN("t66"."start_date") AS "i_start",
                                            MAX("t66"."_end") AS "i_end"
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
                                            ) AS "t64"
                                          ) AS "t66"
                                          GROUP BY
                                            1,
                                            2,
                                            3,
                                            4
                                        ) AS "t68"
                                      ) AS "t69"
                                    ) AS "t70"
                                  ) AS "t72"
                                    ON "t87"."person_id" = "t72"."_ipid"
                                    AND "t87"."benefit" = "t72"."_ibenefit"
                                    AND "t87"."start_date" = "t72"."_istart"
                                    AND "t72"."_cum" < "t87"."_needed"
                                    AND (
                                      (
                                        "t72"."_i_end" = MAKE_DATE(9999, 12, 31)
                                      )
                                      OR (
                                        (
                                          "t72"."_cum" + DATE_DIFF('DAY', "t72"."_i_start", "t72"."_i_end") + 1
                                        ) >= "t87"."_needed"
                                      )
                                    )
                                ) AS "t88"
                              ) AS "t89"
                            ) AS "t90"
                          ) AS "t99"
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
                            ON "t99"."person_id" = "t7"."person_id"
                            AND "t7"."date" >= "t99"."_first"
                            AND "t7"."date" <= "t99"."_last"
                        ) AS "t101"
                        WHERE
                          COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t101"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN ['jobcenter', 'anden_aktoer']
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              "t101"."held_by"
                            ),
                            FALSE
                          )
                          AND COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t101"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN ['personligt', 'telefon', 'video']
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              "t101"."form"
                            ),
                            FALSE
                          )
                      ) AS "t105"
                      INNER JOIN (
                        SELECT
                          "t90"."person_id",
                          "t90"."benefit",
                          "t90"."start_date",
                          "t90"."required" AS "_n",
                          "t90"."due_date" AS "_due"
                        FROM (
                          SELECT
                            "t89".*
                            EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                              "t88"."required",
                              "t88"."required_joint",
                              "t88"."in_force",
                              "t88"."_end_unconfirmed",
                              "t88"."due0",
                              "t88"."exempt_days",
                              "t88"."exempt_now",
                              "t88"."exemption_note",
                              "t88"."due_date",
                              "t88"."_plain",
                              "t88"."_needed",
                              "t88"."_ipid",
                              "t88"."_ibenefit",
                              "t88"."_istart",
                              "t88"."_i_start",
                              "t88"."_i_end",
                              "t88"."_cum",
                              CASE
                                WHEN "t88"."_i_start" IS NOT NULL
                                THEN CAST(CAST("t88"."_i_start" + TO_DAYS(CAST("t88"."_needed" - "t88"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                ELSE "t88"."_plain"
                              END AS "_count_from"
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
                                "t87"."exempt_days",
                                "t87"."exempt_now",
                                "t87"."exemption_note",
                                "t87"."due_date",
                                "t87"."_plain",
                                "t87"."_needed",
                                "t72"."_ipid",
                                "t72"."_ibenefit",
                                "t72"."_istart",
                                "t72"."_i_start",
                                "t72"."_i_end",
                                "t72"."_cum"
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
                                  COALESCE("t85"."exempt_days", 0) AS "exempt_days",
                                  COALESCE("t85"."exempt_now", FALSE) AS "exempt_now",
                                  COALESCE("t85"."exemption_note", '') AS "exemption_note",
                                  CAST(CAST("t85"."due0" + TO_DAYS(
                                    CASE
                                      WHEN COALESCE(
                                        CASE
                                          WHEN "t85"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN TRUE
                                          ELSE CAST(NULL AS BOOLEAN)
                                        END,
                                        FALSE
                                      )
                                      THEN COALESCE("t85"."exempt_days", 0)
                                      ELSE 0
                                    END
                                  ) AS TIMESTAMP) AS DATE) AS "due_date",
                                  CAST(CAST("t85"."window_start" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t85"."window_start" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t85"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN 0
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE) AS "_plain",
                                  DATE_DIFF(
                                    'DAY',
                                    "t85"."window_start",
                                    CAST(CAST("t85"."window_start" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t85"."window_start" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          WHEN "t85"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 0
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE)
                                  ) AS "_needed"
                                FROM (
                                  SELECT
                                    "t84".*
                                    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                      "t78"."due0",
                                      "t83"."person_id" AS "person_id_right",
                                      "t83"."benefit" AS "benefit_right",
                                      "t83"."start_date" AS "start_date_right",
                                      "t83"."exempt_days",
                                      "t83"."exempt_now",
                                      "t83"."exemption_note"
                                    FROM (
                                      SELECT
                                        "t76".*
                                        EXCLUDE ("_point")
                                      FROM (
                                        SELECT
                                          "t75"."person_id",
                                          "t75"."benefit",
                                          "t75"."start_date",
                                          "t75"."end_date",
                                          "t75"."first_contact_date",
                                          "t75"."target_group",
                                          "t75"."first_absence_date",
                                          "t75"."sickness_category",
                                          "t75"."employed",
                                          "t75"."handover_date",
                                          "t75"."expected_absence_weeks",
                                          "t75"."work_obligation",
                                          "t75"."municipality",
                                          "t75"."early_followup_request_date",
                                          "t75"."education_order",
                                          "t75"."periods",
                                          "t75"."window_start",
                                          "t75"."required",
                                          "t75"."required_joint",
                                          "t75"."in_force",
                                          "t75"."_end_unconfirmed",
                                          "t75"."_point",
                                          CAST(CAST("t75"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
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
                                              "t73"."required",
                                              "t73"."required_joint",
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
                                              END AS "_point"
                                            FROM (
                                              SELECT
                                                "t67"."person_id",
                                                "t67"."benefit",
                                                "t67"."start_date",
                                                "t67"."end_date",
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
                                                "t67"."periods",
                                                "t67"."window_start",
                                                "t67"."required",
                                                "t67"."required_joint",
                                                "t67"."in_force",
                                                "t67"."_end_unconfirmed",
                                                "t67"."_plain",
                                                "t67"."_needed",
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
                                                  "t63"."_key" AS "window_start",
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 3
                                                      WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 4
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  ) + COALESCE(
                                                    CASE
                                                      WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 0
                                                      WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 0
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  ) AS "required",
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 0
                                                      WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 0
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  ) AS "required_joint",
                                                  (
                                                    CASE
                                                      WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 3
                                                      WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 4
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NOT NULL
                                                  )
                                                  AND (
                                                    CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                  ) AS "in_force",
                                                  COALESCE(
                                                    (
                                                      CASE
                                                        WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NULL
                                                    )
                                                    AND COALESCE(
                                                      ARRAY_CONTAINS(
                                                        CASE
                                                          WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                          WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                  CAST(CAST("t63"."_key" + TO_MONTHS(
                                                    COALESCE(
                                                      CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                      0
                                                    )
                                                  ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                  DATE_DIFF(
                                                    'DAY',
                                                    "t63"."_key",
                                                    CAST(CAST("t63"."_key" + TO_MONTHS(
                                                      COALESCE(
                                                        CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                        0
                                                      )
                                                    ) AS TIMESTAMP) AS DATE)
                                                  ) AS "_needed"
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
                                              ) AS "t67"
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
                                                      "t68"."person_id",
                                                      "t68"."benefit",
                                                      "t68"."_key",
                                                      "t68"."_island",
                                                      "t68"."i_start",
                                                      "t68"."i_end",
                                                      CASE
                                                        WHEN "t68"."i_end" = MAKE_DATE(9999, 12, 31)
                                                        THEN 0
                                                        ELSE DATE_DIFF('DAY', "t68"."i_start", "t68"."i_end") + 1
                                                      END AS "_len"
                                                    FROM (
                                                      SELECT
                                                        "t66"."person_id",
                                                        "t66"."benefit",
                                                        "t66"."_key",
                                                        "t66"."_island",
                                                        MIN("t66"."start_date") AS "i_start",
                                                        MAX("t66"."_end") AS "i_end"
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
                                                        ) AS "t64"
                                                      ) AS "t66"
                                                      GROUP BY
                                                        1,
                                                        2,
                                                        3,
                                                        4
                                                    ) AS "t68"
                                                  ) AS "t69"
                                                ) AS "t70"
                                              ) AS "t72"
                                                ON "t67"."person_id" = "t72"."_ipid"
                                                AND "t67"."benefit" = "t72"."_ibenefit"
                                                AND "t67"."start_date" = "t72"."_istart"
                                                AND "t72"."_cum" < "t67"."_needed"
                                                AND (
                                                  (
                                                    "t72"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                  )
                                                  OR (
                                                    (
                                                      "t72"."_cum" + DATE_DIFF('DAY', "t72"."_i_start", "t72"."_i_end") + 1
                                                    ) >= "t67"."_needed"
                                                  )
                                                )
                                            ) AS "t73"
                                          ) AS "t74"
                                        ) AS "t75"
                                      ) AS "t76"
                                    ) AS "t78"
                                    LEFT OUTER JOIN (
                                      SELECT
                                        "t81"."person_id",
                                        "t81"."benefit",
                                        "t81"."start_date",
                                        CAST(SUM(
                                          DATE_DIFF(
                                            'DAY',
                                            GREATEST("t81"."_ex_start", "t81"."_from"),
                                            LEAST("t81"."_ex_end", "t81"."_to")
                                          ) + 1
                                        ) AS INT) AS "exempt_days",
                                        BOOL_OR(
                                          CAST((
                                            "t81"."_ex_start" <= CAST($as_of AS DATE)
                                          )
                                          AND (
                                            "t81"."_ex_end" >= CAST($as_of AS DATE)
                                          ) AS BOOLEAN)
                                        ) AS "exempt_now",
                                        LISTAGG(
                                          
                                            'fritaget ' || CAST("t81"."_ex_start" AS TEXT) || '–' || CAST("t81"."_ex_end" AS TEXT) || ' (' || "t81"."_ex_reason" || ')',
                                            ', ' ORDER BY "t81"."_ex_start" ASC
                                          
                                        ) AS "exemption_note"
                                      FROM (
                                        SELECT
                                          "t80"."person_id",
                                          "t80"."benefit",
                                          "t80"."start_date",
                                          "t80"."_from",
                                          "t80"."_to",
                                          "t8"."_pid",
                                          "t8"."_ex_start",
                                          "t8"."_ex_end",
                                          "t8"."_ex_reason"
                                        FROM (
                                          SELECT
                                            "t77"."person_id",
                                            "t77"."benefit",
                                            "t77"."start_date",
                                            "t77"."window_start" AS "_from",
                                            "t77"."due0" AS "_to"
                                          FROM (
                                            SELECT
                                              "t76".*
                                              EXCLUDE ("_point")
                                            FROM (
                                              SELECT
                                                "t75"."person_id",
                                                "t75"."benefit",
                                                "t75"."start_date",
                                                "t75"."end_date",
                                                "t75"."first_contact_date",
                                                "t75"."target_group",
                                                "t75"."first_absence_date",
                                                "t75"."sickness_category",
                                                "t75"."employed",
                                                "t75"."handover_date",
                                                "t75"."expected_absence_weeks",
                                                "t75"."work_obligation",
                                                "t75"."municipality",
                                                "t75"."early_followup_request_date",
                                                "t75"."education_order",
                                                "t75"."periods",
                                                "t75"."window_start",
                                                "t75"."required",
                                                "t75"."required_joint",
                                                "t75"."in_force",
                                                "t75"."_end_unconfirmed",
                                                "t75"."_point",
                                                CAST(CAST("t75"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
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
                                                    "t73"."required",
                                                    "t73"."required_joint",
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
                                                    END AS "_point"
                                                  FROM (
                                                    SELECT
                                                      "t67"."person_id",
                                                      "t67"."benefit",
                                                      "t67"."start_date",
                                                      "t67"."end_date",
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
                                                      "t67"."periods",
                                                      "t67"."window_start",
                                                      "t67"."required",
                                                      "t67"."required_joint",
                                                      "t67"."in_force",
                                                      "t67"."_end_unconfirmed",
                                                      "t67"."_plain",
                                                      "t67"."_needed",
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
                                                        "t63"."_key" AS "window_start",
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 3
                                                            WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 4
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        ) + COALESCE(
                                                          CASE
                                                            WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 0
                                                            WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 0
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        ) AS "required",
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 0
                                                            WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 0
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        ) AS "required_joint",
                                                        (
                                                          CASE
                                                            WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 3
                                                            WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 4
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END IS NOT NULL
                                                        )
                                                        AND (
                                                          CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                        ) AS "in_force",
                                                        COALESCE(
                                                          (
                                                            CASE
                                                              WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 3
                                                              WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 4
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END IS NULL
                                                          )
                                                          AND COALESCE(
                                                            ARRAY_CONTAINS(
                                                              CASE
                                                                WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                        CAST(CAST("t63"."_key" + TO_MONTHS(
                                                          COALESCE(
                                                            CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                            0
                                                          )
                                                        ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                        DATE_DIFF(
                                                          'DAY',
                                                          "t63"."_key",
                                                          CAST(CAST("t63"."_key" + TO_MONTHS(
                                                            COALESCE(
                                                              CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                              0
                                                            )
                                                          ) AS TIMESTAMP) AS DATE)
                                                        ) AS "_needed"
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
                                                    ) AS "t67"
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
                                                            "t68"."person_id",
                                                            "t68"."benefit",
                                                            "t68"."_key",
                                                            "t68"."_island",
                                                            "t68"."i_start",
                                                            "t68"."i_end",
                                                            CASE
                                                              WHEN "t68"."i_end" = MAKE_DATE(9999, 12, 31)
                                                              THEN 0
                                                              ELSE DATE_DIFF('DAY', "t68"."i_start", "t68"."i_end") + 1
                                                            END AS "_len"
                                                          FROM (
                                                            SELECT
                                                              "t66"."person_id",
                                                              "t66"."benefit",
                                                              "t66"."_key",
                                                              "t66"."_island",
                                                              MIN("t66"."start_date") AS "i_start",
                                                              MAX("t66"."_end") AS "i_end"
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
                                                              ) AS "t64"
                                                            ) AS "t66"
                                                            GROUP BY
                                                              1,
                                                              2,
                                                              3,
                                                              4
                                                          ) AS "t68"
                                                        ) AS "t69"
                                                      ) AS "t70"
                                                    ) AS "t72"
                                                      ON "t67"."person_id" = "t72"."_ipid"
                                                      AND "t67"."benefit" = "t72"."_ibenefit"
                                                      AND "t67"."start_date" = "t72"."_istart"
                                                      AND "t72"."_cum" < "t67"."_needed"
                                                      AND (
                                                        (
                                                          "t72"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                        )
                                                        OR (
                                                          (
                                                            "t72"."_cum" + DATE_DIFF('DAY', "t72"."_i_start", "t72"."_i_end") + 1
                                                          ) >= "t67"."_needed"
                                                        )
                                                      )
                                                  ) AS "t73"
                                                ) AS "t74"
                                              ) AS "t75"
                                            ) AS "t76"
                                          ) AS "t77"
                                        ) AS "t80"
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
                                          ON "t80"."person_id" = "t8"."_pid"
                                          AND "t8"."_ex_start" <= "t80"."_to"
                                          AND "t8"."_ex_end" >= "t80"."_from"
                                      ) AS "t81"
                                      GROUP BY
                                        1,
                                        2,
                                        3
                                    ) AS "t83"
                                      ON "t78"."person_id" = "t83"."person_id"
                                      AND "t78"."benefit" = "t83"."benefit"
                                      AND "t78"."start_date" = "t83"."start_date"
                                  ) AS "t84"
                                ) AS "t85"
                              ) AS "t87"
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
                                      "t68"."person_id",
                                      "t68"."benefit",
                                      "t68"."_key",
                                      "t68"."_island",
                                      "t68"."i_start",
                                      "t68"."i_end",
                                      CASE
                                        WHEN "t68"."i_end" = MAKE_DATE(9999, 12, 31)
                                        THEN 0
                                        ELSE DATE_DIFF('DAY', "t68"."i_start", "t68"."i_end") + 1
                                      END AS "_len"
                                    FROM (
                                      SELECT
                                        "t66"."person_id",
                                        "t66"."benefit",
                                        "t66"."_key",
                                        "t66"."_island",
                                        MIN("t66"."start_date") AS "i_start",
                                        MAX("t66"."_end") AS "i_end"
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
                                        ) AS "t64"
                                      ) AS "t66"
                                      GROUP BY
                                        1,
                                        2,
                                        3,
                                        4
                                    ) AS "t68"
                                  ) AS "t69"
                                ) AS "t70"
                              ) AS "t72"
                                ON "t87"."person_id" = "t72"."_ipid"
                                AND "t87"."benefit" = "t72"."_ibenefit"
                                AND "t87"."start_date" = "t72"."_istart"
                                AND "t72"."_cum" < "t87"."_needed"
                                AND (
                                  (
                                    "t72"."_i_end" = MAKE_DATE(9999, 12, 31)
                                  )
                                  OR (
                                    (
                                      "t72"."_cum" + DATE_DIFF('DAY', "t72"."_i_start", "t72"."_i_end") + 1
                                    ) >= "t87"."_needed"
                                  )
                                )
                            ) AS "t88"
                          ) AS "t89"
                        ) AS "t90"
                      ) AS "t95"
                        ON "t105"."person_id" = "t95"."person_id"
                        AND "t105"."benefit" = "t95"."benefit"
                        AND "t105"."start_date" = "t95"."start_date"
                    ) AS "t107"
                  ) AS "t109"
                  WHERE
                    "t109"."_rank" < "t109"."_n"
                ) AS "t111"
                GROUP BY
                  1,
                  2,
                  3
              ) AS "t113"
            ) AS "t115"
          ) AS "t118"
            ON "t91"."person_id" = "t118"."person_id"
            AND "t91"."benefit" = "t118"."benefit"
            AND "t91"."start_date" = "t118"."start_date"
        ) AS "t121"
      ) AS "t123"
      LEFT OUTER JOIN (
        SELECT
          "t116"."person_id",
          "t116"."benefit",
          "t116"."start_date",
          "t116"."nth_date" AS "joint_date",
          "t116"."in_window" AS "joint_in_window"
        FROM (
          SELECT
            "t114".*
            EXCLUDE ("_need")
          FROM (
            SELECT
              "t112"."person_id",
              "t112"."benefit",
              "t112"."start_date",
              CASE
                WHEN "t112"."counted" >= "t112"."_need"
                THEN "t112"."nth_date"
                ELSE CAST(NULL AS DATE)
              END AS "nth_date",
              "t112"."counted",
              "t112"."in_window",
              "t112"."listed",
              "t112"."_need"
            FROM (
              SELECT
                "t110"."person_id",
                "t110"."benefit",
                "t110"."start_date",
                MAX("t110"."date") AS "nth_date",
                COUNT(*) AS "counted",
                SUM(CAST("t110"."date" <= "t110"."_due" AS INT)) AS "in_window",
                LISTAGG("t110"."description", ', ' ORDER BY "t110"."date" ASC) AS "listed",
                MAX("t110"."_n") AS "_need"
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    "t106"."person_id",
                    "t106"."benefit",
                    "t106"."start_date",
                    "t106"."date",
                    "t106"."description",
                    "t106"."_n",
                    "t106"."_due",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t106"."person_id", "t106"."benefit", "t106"."start_date"
                      ORDER BY "t106"."date" ASC, "t106"."description" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "_rank"
                  FROM (
                    SELECT
                      "t104"."person_id",
                      "t104"."benefit",
                      "t104"."start_date",
                      "t104"."date",
                      "t104"."description",
                      "t94"."_n",
                      "t94"."_due"
                    FROM (
                      SELECT
                        "t100"."person_id",
                        "t100"."benefit",
                        "t100"."start_date",
                        "t100"."date",
                        "t100"."kind" || ' ' || CAST("t100"."date" AS TEXT) || ' (' || "t100"."form" || ', ' || "t100"."held_by" || ')' AS "description"
                      FROM (
                        SELECT
                          "t98"."person_id",
                          "t98"."benefit",
                          "t98"."start_date",
                          "t98"."window_start",
                          "t98"."_first",
                          "t98"."_last",
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
                            "t90"."person_id",
                            "t90"."benefit",
                            "t90"."start_date",
                            "t90"."window_start",
                            "t90"."window_start" AS "_first",
                            COALESCE("t90"."end_date", CAST($as_of AS DATE)) AS "_last"
                          FROM (
                            SELECT
                              "t89".*
                              EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                "t88"."required",
                                "t88"."required_joint",
                                "t88"."in_force",
                                "t88"."_end_unconfirmed",
                                "t88"."due0",
                                "t88"."exempt_days",
                                "t88"."exempt_now",
                                "t88"."exemption_note",
                                "t88"."due_date",
                                "t88"."_plain",
                                "t88"."_needed",
                                "t88"."_ipid",
                                "t88"."_ibenefit",
                                "t88"."_istart",
                                "t88"."_i_start",
                                "t88"."_i_end",
                                "t88"."_cum",
                                CASE
                                  WHEN "t88"."_i_start" IS NOT NULL
                                  THEN CAST(CAST("t88"."_i_start" + TO_DAYS(CAST("t88"."_needed" - "t88"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                  ELSE "t88"."_plain"
                                END AS "_count_from"
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
                                  "t87"."exempt_days",
                                  "t87"."exempt_now",
                                  "t87"."exemption_note",
                                  "t87"."due_date",
                                  "t87"."_plain",
                                  "t87"."_needed",
                                  "t72"."_ipid",
                                  "t72"."_ibenefit",
                                  "t72"."_istart",
                                  "t72"."_i_start",
                                  "t72"."_i_end",
                                  "t72"."_cum"
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
                                    COALESCE("t85"."exempt_days", 0) AS "exempt_days",
                                    COALESCE("t85"."exempt_now", FALSE) AS "exempt_now",
                                    COALESCE("t85"."exemption_note", '') AS "exemption_note",
                                    CAST(CAST("t85"."due0" + TO_DAYS(
                                      CASE
                                        WHEN COALESCE(
                                          CASE
                                            WHEN "t85"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN TRUE
                                            ELSE CAST(NULL AS BOOLEAN)
                                          END,
                                          FALSE
                                        )
                                        THEN COALESCE("t85"."exempt_days", 0)
                                        ELSE 0
                                      END
                                    ) AS TIMESTAMP) AS DATE) AS "due_date",
                                    CAST(CAST("t85"."window_start" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t85"."window_start" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          WHEN "t85"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 0
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                                    DATE_DIFF(
                                      'DAY',
                                      "t85"."window_start",
                                      CAST(CAST("t85"."window_start" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t85"."window_start" >= MAKE_DATE(2024, 1, 1)
                                            THEN 3
                                            WHEN "t85"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 0
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE)
                                    ) AS "_needed"
                                  FROM (
                                    SELECT
                                      "t84".*
                                      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                        "t78"."due0",
                                        "t83"."person_id" AS "person_id_right",
                                        "t83"."benefit" AS "benefit_right",
                                        "t83"."start_date" AS "start_date_right",
                                        "t83"."exempt_days",
                                        "t83"."exempt_now",
                                        "t83"."exemption_note"
                                      FROM (
                                        SELECT
                                          "t76".*
                                          EXCLUDE ("_point")
                                        FROM (
                                          SELECT
                                            "t75"."person_id",
                                            "t75"."benefit",
                                            "t75"."start_date",
                                            "t75"."end_date",
                                            "t75"."first_contact_date",
                                            "t75"."target_group",
                                            "t75"."first_absence_date",
                                            "t75"."sickness_category",
                                            "t75"."employed",
                                            "t75"."handover_date",
                                            "t75"."expected_absence_weeks",
                                            "t75"."work_obligation",
                                            "t75"."municipality",
                                            "t75"."early_followup_request_date",
                                            "t75"."education_order",
                                            "t75"."periods",
                                            "t75"."window_start",
                                            "t75"."required",
                                            "t75"."required_joint",
                                            "t75"."in_force",
                                            "t75"."_end_unconfirmed",
                                            "t75"."_point",
                                            CAST(CAST("t75"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
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
                                                "t73"."required",
                                                "t73"."required_joint",
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
                                                END AS "_point"
                                              FROM (
                                                SELECT
                                                  "t67"."person_id",
                                                  "t67"."benefit",
                                                  "t67"."start_date",
                                                  "t67"."end_date",
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
                                                  "t67"."periods",
                                                  "t67"."window_start",
                                                  "t67"."required",
                                                  "t67"."required_joint",
                                                  "t67"."in_force",
                                                  "t67"."_end_unconfirmed",
                                                  "t67"."_plain",
                                                  "t67"."_needed",
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
                                                    "t63"."_key" AS "window_start",
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) + COALESCE(
                                                      CASE
                                                        WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 0
                                                        WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 0
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) AS "required",
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 0
                                                        WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 0
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) AS "required_joint",
                                                    (
                                                      CASE
                                                        WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NOT NULL
                                                    )
                                                    AND (
                                                      CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                    ) AS "in_force",
                                                    COALESCE(
                                                      (
                                                        CASE
                                                          WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NULL
                                                      )
                                                      AND COALESCE(
                                                        ARRAY_CONTAINS(
                                                          CASE
                                                            WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                            WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                    CAST(CAST("t63"."_key" + TO_MONTHS(
                                                      COALESCE(
                                                        CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                        0
                                                      )
                                                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                    DATE_DIFF(
                                                      'DAY',
                                                      "t63"."_key",
                                                      CAST(CAST("t63"."_key" + TO_MONTHS(
                                                        COALESCE(
                                                          CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                          0
                                                        )
                                                      ) AS TIMESTAMP) AS DATE)
                                                    ) AS "_needed"
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
                                                ) AS "t67"
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
                                                        "t68"."person_id",
                                                        "t68"."benefit",
                                                        "t68"."_key",
                                                        "t68"."_island",
                                                        "t68"."i_start",
                                                        "t68"."i_end",
                                                        CASE
                                                          WHEN "t68"."i_end" = MAKE_DATE(9999, 12, 31)
                                                          THEN 0
                                                          ELSE DATE_DIFF('DAY', "t68"."i_start", "t68"."i_end") + 1
                                                        END AS "_len"
                                                      FROM (
                                                        SELECT
                                                          "t66"."person_id",
                                                          "t66"."benefit",
                                                          "t66"."_key",
                                                          "t66"."_island",
                                                          MIN("t66"."start_date") AS "i_start",
                                                          MAX("t66"."_end") AS "i_end"
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
                                                          ) AS "t64"
                                                        ) AS "t66"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3,
                                                          4
                                                      ) AS "t68"
                                                    ) AS "t69"
                                                  ) AS "t70"
                                                ) AS "t72"
                                                  ON "t67"."person_id" = "t72"."_ipid"
                                                  AND "t67"."benefit" = "t72"."_ibenefit"
                                                  AND "t67"."start_date" = "t72"."_istart"
                                                  AND "t72"."_cum" < "t67"."_needed"
                                                  AND (
                                                    (
                                                      "t72"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                    )
                                                    OR (
                                                      (
                                                        "t72"."_cum" + DATE_DIFF('DAY', "t72"."_i_start", "t72"."_i_end") + 1
                                                      ) >= "t67"."_needed"
                                                    )
                                                  )
                                              ) AS "t73"
                                            ) AS "t74"
                                          ) AS "t75"
                                        ) AS "t76"
                                      ) AS "t78"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t81"."person_id",
                                          "t81"."benefit",
                                          "t81"."start_date",
                                          CAST(SUM(
                                            DATE_DIFF(
                                              'DAY',
                                              GREATEST("t81"."_ex_start", "t81"."_from"),
                                              LEAST("t81"."_ex_end", "t81"."_to")
                                            ) + 1
                                          ) AS INT) AS "exempt_days",
                                          BOOL_OR(
                                            CAST((
                                              "t81"."_ex_start" <= CAST($as_of AS DATE)
                                            )
                                            AND (
                                              "t81"."_ex_end" >= CAST($as_of AS DATE)
                                            ) AS BOOLEAN)
                                          ) AS "exempt_now",
                                          LISTAGG(
                                            
                                              'fritaget ' || CAST("t81"."_ex_start" AS TEXT) || '–' || CAST("t81"."_ex_end" AS TEXT) || ' (' || "t81"."_ex_reason" || ')',
                                              ', ' ORDER BY "t81"."_ex_start" ASC
                                            
                                          ) AS "exemption_note"
                                        FROM (
                                          SELECT
                                            "t80"."person_id",
                                            "t80"."benefit",
                                            "t80"."start_date",
                                            "t80"."_from",
                                            "t80"."_to",
                                            "t8"."_pid",
                                            "t8"."_ex_start",
                                            "t8"."_ex_end",
                                            "t8"."_ex_reason"
                                          FROM (
                                            SELECT
                                              "t77"."person_id",
                                              "t77"."benefit",
                                              "t77"."start_date",
                                              "t77"."window_start" AS "_from",
                                              "t77"."due0" AS "_to"
                                            FROM (
                                              SELECT
                                                "t76".*
                                                EXCLUDE ("_point")
                                              FROM (
                                                SELECT
                                                  "t75"."person_id",
                                                  "t75"."benefit",
                                                  "t75"."start_date",
                                                  "t75"."end_date",
                                                  "t75"."first_contact_date",
                                                  "t75"."target_group",
                                                  "t75"."first_absence_date",
                                                  "t75"."sickness_category",
                                                  "t75"."employed",
                                                  "t75"."handover_date",
                                                  "t75"."expected_absence_weeks",
                                                  "t75"."work_obligation",
                                                  "t75"."municipality",
                                                  "t75"."early_followup_request_date",
                                                  "t75"."education_order",
                                                  "t75"."periods",
                                                  "t75"."window_start",
                                                  "t75"."required",
                                                  "t75"."required_joint",
                                                  "t75"."in_force",
                                                  "t75"."_end_unconfirmed",
                                                  "t75"."_point",
                                                  CAST(CAST("t75"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
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
                                                      "t73"."required",
                                                      "t73"."required_joint",
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
                                                      END AS "_point"
                                                    FROM (
                                                      SELECT
                                                        "t67"."person_id",
                                                        "t67"."benefit",
                                                        "t67"."start_date",
                                                        "t67"."end_date",
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
                                                        "t67"."periods",
                                                        "t67"."window_start",
                                                        "t67"."required",
                                                        "t67"."required_joint",
                                                        "t67"."in_force",
                                                        "t67"."_end_unconfirmed",
                                                        "t67"."_plain",
                                                        "t67"."_needed",
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
                                                          "t63"."_key" AS "window_start",
                                                          COALESCE(
                                                            CASE
                                                              WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 3
                                                              WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 4
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          ) + COALESCE(
                                                            CASE
                                                              WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 0
                                                              WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 0
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          ) AS "required",
                                                          COALESCE(
                                                            CASE
                                                              WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 0
                                                              WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 0
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          ) AS "required_joint",
                                                          (
                                                            CASE
                                                              WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 3
                                                              WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 4
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END IS NOT NULL
                                                          )
                                                          AND (
                                                            CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                          ) AS "in_force",
                                                          COALESCE(
                                                            (
                                                              CASE
                                                                WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 3
                                                                WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 4
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END IS NULL
                                                            )
                                                            AND COALESCE(
                                                              ARRAY_CONTAINS(
                                                                CASE
                                                                  WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                  WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                          CAST(CAST("t63"."_key" + TO_MONTHS(
                                                            COALESCE(
                                                              CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                              0
                                                            )
                                                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                          DATE_DIFF(
                                                            'DAY',
                                                            "t63"."_key",
                                                            CAST(CAST("t63"."_key" + TO_MONTHS(
                                                              COALESCE(
                                                                CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                0
                                                              )
                                                            ) AS TIMESTAMP) AS DATE)
                                                          ) AS "_needed"
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
                                                      ) AS "t67"
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
                                                              "t68"."person_id",
                                                              "t68"."benefit",
                                                              "t68"."_key",
                                                              "t68"."_island",
                                                              "t68"."i_start",
                                                              "t68"."i_end",
                                                              CASE
                                                                WHEN "t68"."i_end" = MAKE_DATE(9999, 12, 31)
                                                                THEN 0
                                                                ELSE DATE_DIFF('DAY', "t68"."i_start", "t68"."i_end") + 1
                                                              END AS "_len"
                                                            FROM (
                                                              SELECT
                                                                "t66"."person_id",
                                                                "t66"."benefit",
                                                                "t66"."_key",
                                                                "t66"."_island",
                                                                MIN("t66"."start_date") AS "i_start",
                                                                MAX("t66"."_end") AS "i_end"
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
                                                                ) AS "t64"
                                                              ) AS "t66"
                                                              GROUP BY
                                                                1,
                                                                2,
                                                                3,
                                                                4
                                                            ) AS "t68"
                                                          ) AS "t69"
                                                        ) AS "t70"
                                                      ) AS "t72"
                                                        ON "t67"."person_id" = "t72"."_ipid"
                                                        AND "t67"."benefit" = "t72"."_ibenefit"
                                                        AND "t67"."start_date" = "t72"."_istart"
                                                        AND "t72"."_cum" < "t67"."_needed"
                                                        AND (
                                                          (
                                                            "t72"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                          )
                                                          OR (
                                                            (
                                                              "t72"."_cum" + DATE_DIFF('DAY', "t72"."_i_start", "t72"."_i_end") + 1
                                                            ) >= "t67"."_needed"
                                                          )
                                                        )
                                                    ) AS "t73"
                                                  ) AS "t74"
                                                ) AS "t75"
                                              ) AS "t76"
                                            ) AS "t77"
                                          ) AS "t80"
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
                                            ON "t80"."person_id" = "t8"."_pid"
                                            AND "t8"."_ex_start" <= "t80"."_to"
                                            AND "t8"."_ex_end" >= "t80"."_from"
                                        ) AS "t81"
                                        GROUP BY
                                          1,
                                          2,
                                          3
                                      ) AS "t83"
                                        ON "t78"."person_id" = "t83"."person_id"
                                        AND "t78"."benefit" = "t83"."benefit"
                                        AND "t78"."start_date" = "t83"."start_date"
                                    ) AS "t84"
                                  ) AS "t85"
                                ) AS "t87"
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
                                        "t68"."person_id",
                                        "t68"."benefit",
                                        "t68"."_key",
                                        "t68"."_island",
                                        "t68"."i_start",
                                        "t68"."i_end",
                                        CASE
                                          WHEN "t68"."i_end" = MAKE_DATE(9999, 12, 31)
                                          THEN 0
                                          ELSE DATE_DIFF('DAY', "t68"."i_start", "t68"."i_end") + 1
                                        END AS "_len"
                                      FROM (
                                        SELECT
                                          "t66"."person_id",
                                          "t66"."benefit",
                                          "t66"."_key",
                                          "t66"."_island",
                                          MIN("t66"."start_date") AS "i_start",
                                          MAX("t66"."_end") AS "i_end"
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
                                          ) AS "t64"
                                        ) AS "t66"
                                        GROUP BY
                                          1,
                                          2,
                                          3,
                                          4
                                      ) AS "t68"
                                    ) AS "t69"
                                  ) AS "t70"
                                ) AS "t72"
                                  ON "t87"."person_id" = "t72"."_ipid"
                                  AND "t87"."benefit" = "t72"."_ibenefit"
                                  AND "t87"."start_date" = "t72"."_istart"
                                  AND "t72"."_cum" < "t87"."_needed"
                                  AND (
                                    (
                                      "t72"."_i_end" = MAKE_DATE(9999, 12, 31)
                                    )
                                    OR (
                                      (
                                        "t72"."_cum" + DATE_DIFF('DAY', "t72"."_i_start", "t72"."_i_end") + 1
                                      ) >= "t87"."_needed"
                                    )
                                  )
                              ) AS "t88"
                            ) AS "t89"
                          ) AS "t90"
                        ) AS "t98"
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
                          ON "t98"."person_id" = "t6"."person_id"
                          AND "t6"."date" >= "t98"."_first"
                          AND "t6"."date" <= "t98"."_last"
                      ) AS "t100"
                      WHERE
                        COALESCE(
                          ARRAY_CONTAINS(
                            CASE
                              WHEN "t100"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN ['jobcenter', 'anden_aktoer']
                              ELSE CAST(NULL AS TEXT[])
                            END,
                            "t100"."held_by"
                          ),
                          FALSE
                        )
                        AND COALESCE(
                          ARRAY_CONTAINS(
                            CASE
                              WHEN "t100"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN ['personligt', 'telefon', 'video']
                              ELSE CAST(NULL AS TEXT[])
                            END,
                            "t100"."form"
                          ),
                          FALSE
                        )
                    ) AS "t104"
                    INNER JOIN (
                      SELECT
                        "t90"."person_id",
                        "t90"."benefit",
                        "t90"."start_date",
                        "t90"."required_joint" AS "_n",
                        "t90"."due_date" AS "_due"
                      FROM (
                        SELECT
                          "t89".*
                          EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                            "t88"."required",
                            "t88"."required_joint",
                            "t88"."in_force",
                            "t88"."_end_unconfirmed",
                            "t88"."due0",
                            "t88"."exempt_days",
                            "t88"."exempt_now",
                            "t88"."exemption_note",
                            "t88"."due_date",
                            "t88"."_plain",
                            "t88"."_needed",
                            "t88"."_ipid",
                            "t88"."_ibenefit",
                            "t88"."_istart",
                            "t88"."_i_start",
                            "t88"."_i_end",
                            "t88"."_cum",
                            CASE
                              WHEN "t88"."_i_start" IS NOT NULL
                              THEN CAST(CAST("t88"."_i_start" + TO_DAYS(CAST("t88"."_needed" - "t88"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                              ELSE "t88"."_plain"
                            END AS "_count_from"
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
                              "t87"."exempt_days",
                              "t87"."exempt_now",
                              "t87"."exemption_note",
                              "t87"."due_date",
                              "t87"."_plain",
                              "t87"."_needed",
                              "t72"."_ipid",
                              "t72"."_ibenefit",
                              "t72"."_istart",
                              "t72"."_i_start",
                              "t72"."_i_end",
                              "t72"."_cum"
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
                                COALESCE("t85"."exempt_days", 0) AS "exempt_days",
                                COALESCE("t85"."exempt_now", FALSE) AS "exempt_now",
                                COALESCE("t85"."exemption_note", '') AS "exemption_note",
                                CAST(CAST("t85"."due0" + TO_DAYS(
                                  CASE
                                    WHEN COALESCE(
                                      CASE
                                        WHEN "t85"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN TRUE
                                        ELSE CAST(NULL AS BOOLEAN)
                                      END,
                                      FALSE
                                    )
                                    THEN COALESCE("t85"."exempt_days", 0)
                                    ELSE 0
                                  END
                                ) AS TIMESTAMP) AS DATE) AS "due_date",
                                CAST(CAST("t85"."window_start" + TO_MONTHS(
                                  COALESCE(
                                    CASE
                                      WHEN "t85"."window_start" >= MAKE_DATE(2024, 1, 1)
                                      THEN 3
                                      WHEN "t85"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 0
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE) AS "_plain",
                                DATE_DIFF(
                                  'DAY',
                                  "t85"."window_start",
                                  CAST(CAST("t85"."window_start" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t85"."window_start" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t85"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN 0
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE)
                                ) AS "_needed"
                              FROM (
                                SELECT
                                  "t84".*
                                  EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                    "t78"."due0",
                                    "t83"."person_id" AS "person_id_right",
                                    "t83"."benefit" AS "benefit_right",
                                    "t83"."start_date" AS "start_date_right",
                                    "t83"."exempt_days",
                                    "t83"."exempt_now",
                                    "t83"."exemption_note"
                                  FROM (
                                    SELECT
                                      "t76".*
                                      EXCLUDE ("_point")
                                    FROM (
                                      SELECT
                                        "t75"."person_id",
                                        "t75"."benefit",
                                        "t75"."start_date",
                                        "t75"."end_date",
                                        "t75"."first_contact_date",
                                        "t75"."target_group",
                                        "t75"."first_absence_date",
                                        "t75"."sickness_category",
                                        "t75"."employed",
                                        "t75"."handover_date",
                                        "t75"."expected_absence_weeks",
                                        "t75"."work_obligation",
                                        "t75"."municipality",
                                        "t75"."early_followup_request_date",
                                        "t75"."education_order",
                                        "t75"."periods",
                                        "t75"."window_start",
                                        "t75"."required",
                                        "t75"."required_joint",
                                        "t75"."in_force",
                                        "t75"."_end_unconfirmed",
                                        "t75"."_point",
                                        CAST(CAST("t75"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
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
                                            "t73"."required",
                                            "t73"."required_joint",
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
                                            END AS "_point"
                                          FROM (
                                            SELECT
                                              "t67"."person_id",
                                              "t67"."benefit",
                                              "t67"."start_date",
                                              "t67"."end_date",
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
                                              "t67"."periods",
                                              "t67"."window_start",
                                              "t67"."required",
                                              "t67"."required_joint",
                                              "t67"."in_force",
                                              "t67"."_end_unconfirmed",
                                              "t67"."_plain",
                                              "t67"."_needed",
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
                                                "t63"."_key" AS "window_start",
                                                COALESCE(
                                                  CASE
                                                    WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 4
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                ) + COALESCE(
                                                  CASE
                                                    WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 0
                                                    WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 0
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                ) AS "required",
                                                COALESCE(
                                                  CASE
                                                    WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 0
                                                    WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 0
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                ) AS "required_joint",
                                                (
                                                  CASE
                                                    WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 4
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NOT NULL
                                                )
                                                AND (
                                                  CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                ) AS "in_force",
                                                COALESCE(
                                                  (
                                                    CASE
                                                      WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 3
                                                      WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 4
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NULL
                                                  )
                                                  AND COALESCE(
                                                    ARRAY_CONTAINS(
                                                      CASE
                                                        WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                        WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                CAST(CAST("t63"."_key" + TO_MONTHS(
                                                  COALESCE(
                                                    CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                    0
                                                  )
                                                ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                DATE_DIFF(
                                                  'DAY',
                                                  "t63"."_key",
                                                  CAST(CAST("t63"."_key" + TO_MONTHS(
                                                    COALESCE(
                                                      CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                      0
                                                    )
                                                  ) AS TIMESTAMP) AS DATE)
                                                ) AS "_needed"
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
                                            ) AS "t67"
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
                                                    "t68"."person_id",
                                                    "t68"."benefit",
                                                    "t68"."_key",
                                                    "t68"."_island",
                                                    "t68"."i_start",
                                                    "t68"."i_end",
                                                    CASE
                                                      WHEN "t68"."i_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN 0
                                                      ELSE DATE_DIFF('DAY', "t68"."i_start", "t68"."i_end") + 1
                                                    END AS "_len"
                                                  FROM (
                                                    SELECT
                                                      "t66"."person_id",
                                                      "t66"."benefit",
                                                      "t66"."_key",
                                                      "t66"."_island",
                                                      MIN("t66"."start_date") AS "i_start",
                                                      MAX("t66"."_end") AS "i_end"
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
                                                      ) AS "t64"
                                                    ) AS "t66"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3,
                                                      4
                                                  ) AS "t68"
                                                ) AS "t69"
                                              ) AS "t70"
                                            ) AS "t72"
                                              ON "t67"."person_id" = "t72"."_ipid"
                                              AND "t67"."benefit" = "t72"."_ibenefit"
                                              AND "t67"."start_date" = "t72"."_istart"
                                              AND "t72"."_cum" < "t67"."_needed"
                                              AND (
                                                (
                                                  "t72"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                )
                                                OR (
                                                  (
                                                    "t72"."_cum" + DATE_DIFF('DAY', "t72"."_i_start", "t72"."_i_end") + 1
                                                  ) >= "t67"."_needed"
                                                )
                                              )
                                          ) AS "t73"
                                        ) AS "t74"
                                      ) AS "t75"
                                    ) AS "t76"
                                  ) AS "t78"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t81"."person_id",
                                      "t81"."benefit",
                                      "t81"."start_date",
                                      CAST(SUM(
                                        DATE_DIFF(
                                          'DAY',
                                          GREATEST("t81"."_ex_start", "t81"."_from"),
                                          LEAST("t81"."_ex_end", "t81"."_to")
                                        ) + 1
                                      ) AS INT) AS "exempt_days",
                                      BOOL_OR(
                                        CAST((
                                          "t81"."_ex_start" <= CAST($as_of AS DATE)
                                        )
                                        AND (
                                          "t81"."_ex_end" >= CAST($as_of AS DATE)
                                        ) AS BOOLEAN)
                                      ) AS "exempt_now",
                                      LISTAGG(
                                        
                                          'fritaget ' || CAST("t81"."_ex_start" AS TEXT) || '–' || CAST("t81"."_ex_end" AS TEXT) || ' (' || "t81"."_ex_reason" || ')',
                                          ', ' ORDER BY "t81"."_ex_start" ASC
                                        
                                      ) AS "exemption_note"
                                    FROM (
                                      SELECT
                                        "t80"."person_id",
                                        "t80"."benefit",
                                        "t80"."start_date",
                                        "t80"."_from",
                                        "t80"."_to",
                                        "t8"."_pid",
                                        "t8"."_ex_start",
                                        "t8"."_ex_end",
                                        "t8"."_ex_reason"
                                      FROM (
                                        SELECT
                                          "t77"."person_id",
                                          "t77"."benefit",
                                          "t77"."start_date",
                                          "t77"."window_start" AS "_from",
                                          "t77"."due0" AS "_to"
                                        FROM (
                                          SELECT
                                            "t76".*
                                            EXCLUDE ("_point")
                                          FROM (
                                            SELECT
                                              "t75"."person_id",
                                              "t75"."benefit",
                                              "t75"."start_date",
                                              "t75"."end_date",
                                              "t75"."first_contact_date",
                                              "t75"."target_group",
                                              "t75"."first_absence_date",
                                              "t75"."sickness_category",
                                              "t75"."employed",
                                              "t75"."handover_date",
                                              "t75"."expected_absence_weeks",
                                              "t75"."work_obligation",
                                              "t75"."municipality",
                                              "t75"."early_followup_request_date",
                                              "t75"."education_order",
                                              "t75"."periods",
                                              "t75"."window_start",
                                              "t75"."required",
                                              "t75"."required_joint",
                                              "t75"."in_force",
                                              "t75"."_end_unconfirmed",
                                              "t75"."_point",
                                              CAST(CAST("t75"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
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
                                                  "t73"."required",
                                                  "t73"."required_joint",
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
                                                  END AS "_point"
                                                FROM (
                                                  SELECT
                                                    "t67"."person_id",
                                                    "t67"."benefit",
                                                    "t67"."start_date",
                                                    "t67"."end_date",
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
                                                    "t67"."periods",
                                                    "t67"."window_start",
                                                    "t67"."required",
                                                    "t67"."required_joint",
                                                    "t67"."in_force",
                                                    "t67"."_end_unconfirmed",
                                                    "t67"."_plain",
                                                    "t67"."_needed",
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
                                                      "t63"."_key" AS "window_start",
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      ) + COALESCE(
                                                        CASE
                                                          WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 0
                                                          WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 0
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      ) AS "required",
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 0
                                                          WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 0
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      ) AS "required_joint",
                                                      (
                                                        CASE
                                                          WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NOT NULL
                                                      )
                                                      AND (
                                                        CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                      ) AS "in_force",
                                                      COALESCE(
                                                        (
                                                          CASE
                                                            WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t63"."_key" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 3
                                                            WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 4
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END IS NULL
                                                        )
                                                        AND COALESCE(
                                                          ARRAY_CONTAINS(
                                                            CASE
                                                              WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                              WHEN "t63"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                      CAST(CAST("t63"."_key" + TO_MONTHS(
                                                        COALESCE(
                                                          CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                          0
                                                        )
                                                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                      DATE_DIFF(
                                                        'DAY',
                                                        "t63"."_key",
                                                        CAST(CAST("t63"."_key" + TO_MONTHS(
                                                          COALESCE(
                                                            CASE WHEN "t63"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                            0
                                                          )
                                                        ) AS TIMESTAMP) AS DATE)
                                                      ) AS "_needed"
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
                                                  ) AS "t67"
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
                                                          "t68"."person_id",
                                                          "t68"."benefit",
                                                          "t68"."_key",
                                                          "t68"."_island",
                                                          "t68"."i_start",
                                                          "t68"."i_end",
                                                          CASE
                                                            WHEN "t68"."i_end" = MAKE_DATE(9999, 12, 31)
                                                            THEN 0
                                                            ELSE DATE_DIFF('DAY', "t68"."i_start", "t68"."i_end") + 1
                                                          END AS "_len"
                                                        FROM (
                                                          SELECT
                                                            "t66"."person_id",
                                                            "t66"."benefit",
                                                            "t66"."_key",
                                                            "t66"."_island",
                                                            MIN("t66"."start_date") AS "i_start",
                                                            MAX("t66"."_end") AS "i_end"
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
                                                            ) AS "t64"
                                                          ) AS "t66"
                                                          GROUP BY
                                                            1,
                                                            2,
                                                            3,
                                                            4
                                                        ) AS "t68"
                                                      ) AS "t69"
                                                    ) AS "t70"
                                                  ) AS "t72"
                                                    ON "t67"."person_id" = "t72"."_ipid"
                                                    AND "t67"."benefit" = "t72"."_ibenefit"
                                                    AND "t67"."start_date" = "t72"."_istart"
                                                    AND "t72"."_cum" < "t67"."_needed"
                                                    AND (
                                                      (
                                                        "t72"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                      )
                                                      OR (
                                                        (
                                                          "t72"."_cum" + DATE_DIFF('DAY', "t72"."_i_start", "t72"."_i_end") + 1
                                                        ) >= "t67"."_needed"
                                                      )
                                                    )
                                                ) AS "t73"
                                              ) AS "t74"
                                            ) AS "t75"
                                          ) AS "t76"
                                        ) AS "t77"
                                      ) AS "t80"
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
                                        ON "t80"."person_id" = "t8"."_pid"
                                        AND "t8"."_ex_start" <= "t80"."_to"
                                        AND "t8"."_ex_end" >= "t80"."_from"
                                    ) AS "t81"
                                    GROUP BY
                                      1,
                                      2,
                                      3
                                  ) AS "t83"
                                    ON "t78"."person_id" = "t83"."person_id"
                                    AND "t78"."benefit" = "t83"."benefit"
                                    AND "t78"."start_date" = "t83"."start_date"
                                ) AS "t84"
                              ) AS "t85"
                            ) AS "t87"
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
                                    "t68"."person_id",
                                    "t68"."benefit",
                                    "t68"."_key",
                                    "t68"."_island",
                                    "t68"."i_start",
                                    "t68"."i_end",
                                    CASE
                                      WHEN "t68"."i_end" = MAKE_DATE(9999, 12, 31)
                                      THEN 0
                                      ELSE DATE_DIFF('DAY', "t68"."i_start", "t68"."i_end") + 1
                                    END AS "_len"
                                  FROM (
                                    SELECT
                                      "t66"."person_id",
                                      "t66"."benefit",
                                      "t66"."_key",
                                      "t66"."_island",
                                      MIN("t66"."start_date") AS "i_start",
                                      MAX("t66"."_end") AS "i_end"
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
                                      ) AS "t64"
                                    ) AS "t66"
                                    GROUP BY
                                      1,
                                      2,
                                      3,
                                      4
                                  ) AS "t68"
                                ) AS "t69"
                              ) AS "t70"
                            ) AS "t72"
                              ON "t87"."person_id" = "t72"."_ipid"
                              AND "t87"."benefit" = "t72"."_ibenefit"
                              AND "t87"."start_date" = "t72"."_istart"
                              AND "t72"."_cum" < "t87"."_needed"
                              AND (
                                (
                                  "t72"."_i_end" = MAKE_DATE(9999, 12, 31)
                                )
                                OR (
                                  (
                                    "t72"."_cum" + DATE_DIFF('DAY', "t72"."_i_start", "t72"."_i_end") + 1
                                  ) >= "t87"."_needed"
                                )
                              )
                          ) AS "t88"
                        ) AS "t89"
                      ) AS "t90"
                    ) AS "t94"
                      ON "t104"."person_id" = "t94"."person_id"
                      AND "t104"."benefit" = "t94"."benefit"
                      AND "t104"."start_date" = "t94"."start_date"
                  ) AS "t106"
                ) AS "t108"
                WHERE
                  "t108"."_rank" < "t108"."_n"
              ) AS "t110"
              GROUP BY
                1,
                2,
                3
            ) AS "t112"
          ) AS "t114"
        ) AS "t116"
      ) AS "t120"
        ON "t123"."person_id" = "t120"."person_id"
        AND "t123"."benefit" = "t120"."benefit"
        AND "t123"."start_date" = "t120"."start_date"
    ) AS "t124"
  ) AS "t125"
) AS "t126"
