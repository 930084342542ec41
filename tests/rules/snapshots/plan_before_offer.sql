WITH "t13" AS (
  SELECT
    "t12"."person_id",
    "t12"."benefit",
    "t12"."start_date",
    "t12"."target_group",
    "t12"."early_followup_request_date",
    "t12"."education_order",
    "t12"."_rid",
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
      "t11"."target_group",
      "t11"."early_followup_request_date",
      "t11"."education_order",
      "t11"."_rid",
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
            ) || CASE
              WHEN "t11"."target_group" IS NULL
              THEN NULL
              ELSE CONCAT('>', "t11"."target_group")
            END
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
        "t10"."target_group",
        "t10"."early_followup_request_date",
        "t10"."education_order",
        "t10"."_rid",
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
          "t9"."target_group",
          "t9"."early_followup_request_date",
          "t9"."education_order",
          "t9"."_rid",
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
            "t1"."person_id",
            "t1"."benefit",
            "t1"."start_date",
            "t1"."target_group",
            "t1"."early_followup_request_date",
            "t1"."education_order",
            "t1"."rowid" AS "_rid",
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
            "t18"."target_group",
            "t18"."early_followup_request_date",
            "t18"."education_order",
            "t18"."_rid",
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
            "t18"."target_group",
            "t18"."early_followup_request_date",
            "t18"."education_order",
            "t18"."_rid",
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
), "t64" AS (
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
    CASE
      WHEN COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t63"."start_date" >= MAKE_DATE(2020, 1, 1)
            THEN ['kontanthjaelp', 'uddannelseshjaelp']
            ELSE CAST(NULL AS TEXT[])
          END,
          "t63"."benefit"
        ),
        FALSE
      )
      THEN COALESCE("t63"."first_contact_date", "t63"."start_date")
      ELSE "t63"."start_date"
    END AS "window_start"
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
      "t5"."first_contact_date",
      "t5"."target_group",
      "t5"."first_absence_date",
      "t5"."sickness_category",
      "t5"."employed",
      "t5"."handover_date",
      "t5"."expected_absence_weeks",
      "t5"."work_obligation",
      "t5"."municipality",
      "t62"."early_followup_request_date",
      "t62"."education_order",
      "t62"."periods"
    FROM (
      SELECT
        "t60"."person_id",
        "t60"."benefit",
        "t60"."_key",
        MAX("t60"."_end") AS "_end",
        COUNT(*) AS "periods",
        FIRST("t60"."_rid" ORDER BY "t60"."start_date") AS "_first",
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
            "t14"."_rid",
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
            "t58"."_rid",
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
                "t56"."target_group",
                "t56"."early_followup_request_date",
                "t56"."education_order",
                "t56"."_rid",
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
                  "t18"."target_group",
                  "t18"."early_followup_request_date",
                  "t18"."education_order",
                  "t18"."_rid",
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
                                "t18"."target_group",
                                "t18"."early_followup_request_date",
                                "t18"."education_order",
                                "t18"."_rid",
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
                            "t18"."target_group",
                            "t18"."early_followup_request_date",
                            "t18"."education_order",
                            "t18"."_rid",
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
                                      "t18"."target_group",
                                      "t18"."early_followup_request_date",
                                      "t18"."education_order",
                                      "t18"."_rid",
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
      ) AS "t60"
      GROUP BY
        1,
        2,
        3
    ) AS "t62"
    INNER JOIN (
      SELECT
        "t1"."rowid" AS "_frid",
        "t1"."first_contact_date",
        "t1"."target_group",
        "t1"."first_absence_date",
        "t1"."sickness_category",
        "t1"."employed",
        "t1"."handover_date",
        "t1"."expected_absence_weeks",
        "t1"."work_obligation",
        "t1"."municipality"
      FROM "benefit_periods" AS "t1"
    ) AS "t5"
      ON "t62"."_first" = "t5"."_frid"
  ) AS "t63"
  WHERE
    "t63"."benefit" IN (
      'dagpenge',
      'foertidspension',
      'jobafklaring',
      'kontanthjaelp',
      'ledighedsydelse',
      'ressourceforloeb',
      'revalidering',
      'selvforsoergelsesydelse',
      'sygedagpenge',
      'uddannelseshjaelp'
    )
), "t74" AS (
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
    "t70"."needs_goal",
    "t70"."needs_education",
    "t70"."in_force",
    "t73"."due_date",
    "t73"."offer_kind"
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
      "t65"."periods",
      "t65"."window_start",
      COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN [
              'dagpenge',
              'kontanthjaelp:jobparat',
              'kontanthjaelp:aktivitetsparat',
              'ledighedsydelse',
              'revalidering'
            ]
            ELSE CAST(NULL AS TEXT[])
          END,
          "t65"."benefit"
        )
        OR ARRAY_CONTAINS(
          CASE
            WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN [
              'dagpenge',
              'kontanthjaelp:jobparat',
              'kontanthjaelp:aktivitetsparat',
              'ledighedsydelse',
              'revalidering'
            ]
            ELSE CAST(NULL AS TEXT[])
          END,
          CASE WHEN "t65"."benefit" IS NULL THEN NULL ELSE CONCAT("t65"."benefit", ':') END || COALESCE("t65"."target_group", '')
        ),
        FALSE
      )
      OR (
        COALESCE("t65"."education_order", FALSE)
        AND COALESCE(
          ARRAY_CONTAINS(
            CASE
              WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
              THEN ['dagpenge']
              ELSE CAST(NULL AS TEXT[])
            END,
            "t65"."benefit"
          ),
          FALSE
        )
      ) AS "needs_goal",
      COALESCE("t65"."education_order", FALSE)
      AND COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN ['dagpenge']
            ELSE CAST(NULL AS TEXT[])
          END,
          "t65"."benefit"
        ),
        FALSE
      ) AS "needs_education",
      COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN [
              'dagpenge',
              'kontanthjaelp',
              'uddannelseshjaelp',
              'selvforsoergelsesydelse',
              'sygedagpenge',
              'jobafklaring',
              'ressourceforloeb',
              'ledighedsydelse',
              'revalidering',
              'foertidspension'
            ]
            ELSE CAST(NULL AS TEXT[])
          END,
          "t65"."benefit"
        ),
        FALSE
      ) AS "in_force"
    FROM "t64" AS "t65"
  ) AS "t70"
  INNER JOIN (
    SELECT
      "t71"."person_id",
      "t71"."benefit",
      "t71"."start_date",
      MIN("t71"."_start") AS "due_date",
      FIRST("t71"."_kind" ORDER BY "t71"."_start") AS "offer_kind"
    FROM (
      SELECT
        *
      FROM (
        SELECT
          "t67"."person_id",
          "t67"."benefit",
          "t67"."start_date",
          "t67"."_ws",
          "t67"."_last",
          "t8"."_pid",
          "t8"."_kind",
          "t8"."_start"
        FROM (
          SELECT
            "t65"."person_id",
            "t65"."benefit",
            "t65"."start_date",
            "t65"."window_start" AS "_ws",
            COALESCE("t65"."end_date", CAST($as_of AS DATE)) AS "_last"
          FROM "t64" AS "t65"
        ) AS "t67"
        INNER JOIN (
          SELECT
            "t2"."person_id" AS "_pid",
            "t2"."kind" AS "_kind",
            "t2"."start_date" AS "_start"
          FROM "offers" AS "t2"
          WHERE
            "t2"."start_date" <= CAST($as_of AS DATE)
        ) AS "t8"
          ON "t67"."person_id" = "t8"."_pid"
          AND "t8"."_start" >= "t67"."_ws"
          AND "t8"."_start" <= "t67"."_last"
      ) AS "t68"
      WHERE
        ARRAY_CONTAINS(
          COALESCE(
            CASE
              WHEN "t68"."_ws" >= MAKE_DATE(2020, 1, 1)
              THEN [
                'virksomhedspraktik',
                'loentilskud',
                'vejledning_opkvalificering',
                'nytteindsats',
                'oevrig_vejledning'
              ]
              ELSE CAST(NULL AS TEXT[])
            END,
            [
              'loentilskud',
              'nytteindsats',
              'oevrig_vejledning',
              'vejledning_opkvalificering',
              'virksomhedspraktik'
            ]
          ),
          "t68"."_kind"
        )
    ) AS "t71"
    GROUP BY
      1,
      2,
      3
  ) AS "t73"
    ON "t70"."person_id" = "t73"."person_id"
    AND "t70"."benefit" = "t73"."benefit"
    AND "t70"."start_date" = "t73"."start_date"
)
SELECT
  "t85"."person_id",
  "t85"."benefit",
  'plan_before_offer' AS "kind",
  'plan_before_offer' AS "rule_id",
  '1.2.0' AS "rule_version",
  CASE
    WHEN "t85"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 41 (Min Plan); Cabi – Min Plan (skal foreligge før indsatsen starter)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t85"."window_start",
  CASE
    WHEN COALESCE("t85"."in_force", FALSE)
    THEN "t85"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t85"."in_force", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t85"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t85"."fulfilled_date" <= "t85"."due_date"
    )
    THEN 'met'
    WHEN "t85"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE(FALSE, FALSE)
    THEN 'exempt'
    WHEN "t85"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t85"."in_force", FALSE)
    THEN "t85"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t85"."in_force", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t85"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t85"."fulfilled_date" > "t85"."due_date"
    )
    THEN DATE_DIFF('DAY', "t85"."due_date", "t85"."fulfilled_date")
    WHEN NOT (
      "t85"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE(FALSE, FALSE)
    )
    AND (
      "t85"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t85"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t85"."in_force", FALSE)
              THEN "t85"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t85"."window_start"
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
              WHEN COALESCE("t85"."in_force", FALSE)
              THEN "t85"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t85"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'plan_before_offer'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE(
    CASE
      WHEN "t85"."fulfilled_date" IS NOT NULL
      THEN 'Min Plan' || CASE
        WHEN "t85"."needs_education"
        THEN ' med jobmål og uddannelsesmål (uddannelsespålæg)'
        WHEN "t85"."needs_goal"
        THEN ' med jobmål'
        ELSE ''
      END || CASE
        WHEN CAST("t85"."fulfilled_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(' ', CAST("t85"."fulfilled_date" AS TEXT))
      END
      ELSE 'ingen Min Plan' || CASE
        WHEN "t85"."needs_education"
        THEN ' med jobmål og uddannelsesmål (uddannelsespålæg)'
        WHEN "t85"."needs_goal"
        THEN ' med jobmål'
        ELSE ''
      END
    END || CASE
      WHEN "t85"."offer_kind" IS NULL OR CAST("t85"."due_date" AS TEXT) IS NULL
      THEN NULL
      ELSE CONCAT('; første tilbud ', "t85"."offer_kind", ' ', CAST("t85"."due_date" AS TEXT))
    END,
    ''
  ) AS "evidence"
FROM (
  SELECT
    "t84".*
    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
      "t80"."needs_goal",
      "t80"."needs_education",
      "t80"."in_force",
      "t80"."due_date",
      "t80"."offer_kind",
      "t83"."person_id" AS "person_id_right",
      "t83"."benefit" AS "benefit_right",
      "t83"."start_date" AS "start_date_right",
      "t83"."fulfilled_date"
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
        "t75"."needs_goal",
        "t75"."needs_education",
        "t75"."in_force"
        AND NOT (
          (
            "t75"."benefit" = 'sygedagpenge'
          )
          AND COALESCE("t75"."employed", FALSE)
          AND COALESCE(
            CASE
              WHEN "t75"."due_date" >= MAKE_DATE(2025, 1, 1)
              THEN TRUE
              WHEN "t75"."due_date" >= MAKE_DATE(2020, 1, 1)
              THEN FALSE
              ELSE CAST(NULL AS BOOLEAN)
            END,
            FALSE
          )
        ) AS "in_force",
        "t75"."due_date",
        "t75"."offer_kind"
      FROM "t74" AS "t75"
    ) AS "t80"
    LEFT OUTER JOIN (
      SELECT
        "t81"."person_id",
        "t81"."benefit",
        "t81"."start_date",
        MIN("t81"."_date") AS "fulfilled_date"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t77"."person_id",
            "t77"."benefit",
            "t77"."start_date",
            "t77"."_ws",
            "t77"."_goal",
            "t77"."_need_edu",
            "t7"."_pid",
            "t7"."_date",
            "t7"."_job",
            "t7"."_edu"
          FROM (
            SELECT
              "t75"."person_id",
              "t75"."benefit",
              "t75"."start_date",
              "t75"."window_start" AS "_ws",
              "t75"."needs_goal" AS "_goal",
              "t75"."needs_education" AS "_need_edu"
            FROM "t74" AS "t75"
          ) AS "t77"
          INNER JOIN (
            SELECT
              "t0"."person_id" AS "_pid",
              "t0"."date" AS "_date",
              "t0"."has_job_goal" AS "_job",
              "t0"."has_education_goal" AS "_edu"
            FROM "plans" AS "t0"
            WHERE
              "t0"."date" <= CAST($as_of AS DATE)
          ) AS "t7"
            ON "t77"."person_id" = "t7"."_pid" AND "t7"."_date" >= "t77"."_ws"
        ) AS "t78"
        WHERE
          (
            NOT (
              "t78"."_goal"
            ) OR COALESCE("t78"."_job", FALSE)
          )
          AND (
            NOT (
              "t78"."_need_edu"
            ) OR COALESCE("t78"."_edu", FALSE)
          )
      ) AS "t81"
      GROUP BY
        1,
        2,
        3
    ) AS "t83"
      ON "t80"."person_id" = "t83"."person_id"
      AND "t80"."benefit" = "t83"."benefit"
      AND "t80"."start_date" = "t83"."start_date"
  ) AS "t84"
) AS "t85"
