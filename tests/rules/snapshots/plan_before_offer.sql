WITH "t9" AS (
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
), "t12" AS (
  SELECT
    "t10"."person_id",
    COUNT(*) AS "_rows"
  FROM "t9" AS "t10"
  GROUP BY
    1
), "t26" AS (
  SELECT
    *
  FROM (
    SELECT
      "t24"."person_id",
      "t24"."benefit",
      "t24"."start_date",
      "t24"."target_group",
      "t24"."early_followup_request_date",
      "t24"."education_order",
      "t24"."_rid",
      "t24"."_end",
      "t24"."_acc",
      "t24"."_new",
      "t24"."_spell_start"
    FROM (
      SELECT
        "t23"."person_id",
        "t23"."benefit",
        "t23"."start_date",
        "t23"."target_group",
        "t23"."early_followup_request_date",
        "t23"."education_order",
        "t23"."_rid",
        "t23"."_end",
        "t23"."_acc",
        "t23"."_switch",
        "t23"."_run",
        "t23"."_new",
        MAX(CASE WHEN "t23"."_new" = 1 THEN "t23"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
          PARTITION BY "t23"."person_id"
          ORDER BY "t23"."start_date" ASC, "t23"."benefit" ASC, "t23"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_spell_start"
      FROM (
        SELECT
          "t22"."person_id",
          "t22"."benefit",
          "t22"."start_date",
          "t22"."target_group",
          "t22"."early_followup_request_date",
          "t22"."education_order",
          "t22"."_rid",
          "t22"."_end",
          "t22"."_acc",
          "t22"."_switch",
          "t22"."_run",
          CASE
            WHEN (
              "t22"."_switch" = 1
            )
            OR (
              (
                MAX("t22"."_end") OVER (
                  PARTITION BY "t22"."person_id", "t22"."_run"
                  ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) IS NOT NULL
              )
              AND (
                MAX("t22"."_end") OVER (
                  PARTITION BY "t22"."person_id", "t22"."_run"
                  ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) < MAKE_DATE(9999, 12, 31)
              )
              AND (
                "t22"."start_date" > CAST(CAST(MAX("t22"."_end") OVER (
                  PARTITION BY "t22"."person_id", "t22"."_run"
                  ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
              )
              AND (
                COALESCE(
                  ARRAY_CONTAINS(
                    CASE
                      WHEN "t22"."start_date" >= MAKE_DATE(2020, 1, 1)
                      THEN ['sygedagpenge']
                      ELSE CAST(NULL AS TEXT[])
                    END,
                    "t22"."benefit"
                  ),
                  FALSE
                )
                OR (
                  (
                    CASE
                      WHEN "t22"."start_date" >= MAKE_DATE(2020, 1, 1)
                      THEN 1
                      ELSE CAST(NULL AS BIGINT)
                    END IS NOT NULL
                  )
                  AND (
                    "t22"."start_date" >= CAST(CAST(CASE
                      WHEN EXTRACT(day FROM CAST(CAST(MAX("t22"."_end") OVER (
                        PARTITION BY "t22"."person_id", "t22"."_run"
                        ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                      THEN CAST(CAST(MAX("t22"."_end") OVER (
                        PARTITION BY "t22"."person_id", "t22"."_run"
                        ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                      ELSE CAST(CAST(DATE_TRUNC(
                        'MONTH',
                        CAST(CAST(MAX("t22"."_end") OVER (
                          PARTITION BY "t22"."person_id", "t22"."_run"
                          ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                      ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                    END + TO_MONTHS(
                      COALESCE(
                        CASE
                          WHEN "t22"."start_date" >= MAKE_DATE(2020, 1, 1)
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
                  WHEN "t22"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                  ELSE CAST(NULL AS TEXT[])
                END,
                LAG("t22"."target_group") OVER (
                  PARTITION BY "t22"."person_id", "t22"."_run"
                  ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) || CASE
                  WHEN "t22"."target_group" IS NULL
                  THEN NULL
                  ELSE CONCAT('>', "t22"."target_group")
                END
              ),
              FALSE
            )
            THEN 1
            ELSE 0
          END AS "_new"
        FROM (
          SELECT
            "t21"."person_id",
            "t21"."benefit",
            "t21"."start_date",
            "t21"."target_group",
            "t21"."early_followup_request_date",
            "t21"."education_order",
            "t21"."_rid",
            "t21"."_end",
            "t21"."_acc",
            "t21"."_switch",
            SUM("t21"."_switch") OVER (
              PARTITION BY "t21"."person_id"
              ORDER BY "t21"."start_date" ASC, "t21"."benefit" ASC, "t21"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
            ) AS "_run"
          FROM (
            SELECT
              "t19"."person_id",
              "t19"."benefit",
              "t19"."start_date",
              "t19"."target_group",
              "t19"."early_followup_request_date",
              "t19"."education_order",
              "t19"."_rid",
              "t19"."_end",
              "t19"."_acc",
              CASE
                WHEN LAG("t19"."benefit") OVER (
                  PARTITION BY "t19"."person_id"
                  ORDER BY "t19"."start_date" ASC, "t19"."benefit" ASC, "t19"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) IS NULL
                THEN 1
                WHEN LAG("t19"."benefit") OVER (
                  PARTITION BY "t19"."person_id"
                  ORDER BY "t19"."start_date" ASC, "t19"."benefit" ASC, "t19"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) <> "t19"."benefit"
                THEN 1
                ELSE 0
              END AS "_switch"
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
                "t11"."_acc"
              FROM "t9" AS "t11"
              SEMI JOIN (
                SELECT
                  *
                FROM "t12" AS "t13"
                WHERE
                  "t13"."_rows" > 1
              ) AS "t17"
                ON "t11"."person_id" = "t17"."person_id"
            ) AS "t19"
          ) AS "t21"
        ) AS "t22"
      ) AS "t23"
    ) AS "t24"
  ) AS "t25"
  UNION ALL
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
      1 AS "_new",
      "t18"."start_date" AS "_spell_start"
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
        "t11"."_acc"
      FROM "t9" AS "t11"
      SEMI JOIN (
        SELECT
          *
        FROM "t12" AS "t13"
        WHERE
          "t13"."_rows" = 1
      ) AS "t16"
        ON "t11"."person_id" = "t16"."person_id"
    ) AS "t18"
  ) AS "t20"
), "t28" AS (
  SELECT
    *
  FROM "t26" AS "t27"
  WHERE
    "t27"."_acc"
), "t32" AS (
  SELECT
    "t30"."person_id",
    "t30"."benefit",
    MIN("t30"."start_date") AS "c1"
  FROM "t28" AS "t30"
  GROUP BY
    1,
    2
), "t41" AS (
  SELECT
    "t40"."person_id",
    "t40"."benefit",
    "t40"."c1",
    "t40"."c2"
  FROM (
    SELECT
      "t34"."person_id",
      "t34"."benefit",
      "t34"."c1",
      "t39"."person_id" AS "person_id_right",
      "t39"."benefit" AS "benefit_right",
      "t39"."c2"
    FROM "t32" AS "t34"
    LEFT OUTER JOIN (
      SELECT
        "t37"."person_id",
        "t37"."benefit",
        MIN("t37"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t31"."person_id",
            "t31"."benefit",
            "t31"."start_date",
            "t31"."target_group",
            "t31"."early_followup_request_date",
            "t31"."education_order",
            "t31"."_rid",
            "t31"."_end",
            "t31"."_acc",
            "t31"."_new",
            "t31"."_spell_start",
            "t35"."c1"
          FROM "t28" AS "t31"
          INNER JOIN "t32" AS "t35"
            ON "t31"."person_id" = "t35"."person_id" AND "t31"."benefit" = "t35"."benefit"
        ) AS "t36"
        WHERE
          "t36"."start_date" >= CAST(CAST("t36"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t36"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t37"
      GROUP BY
        1,
        2
    ) AS "t39"
      ON "t34"."person_id" = "t39"."person_id" AND "t34"."benefit" = "t39"."benefit"
  ) AS "t40"
), "t50" AS (
  SELECT
    "t49"."person_id",
    "t49"."benefit",
    "t49"."c1",
    "t49"."c2",
    "t49"."c3"
  FROM (
    SELECT
      "t43"."person_id",
      "t43"."benefit",
      "t43"."c1",
      "t43"."c2",
      "t48"."person_id" AS "person_id_right",
      "t48"."benefit" AS "benefit_right",
      "t48"."c3"
    FROM "t41" AS "t43"
    LEFT OUTER JOIN (
      SELECT
        "t46"."person_id",
        "t46"."benefit",
        MIN("t46"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t31"."person_id",
            "t31"."benefit",
            "t31"."start_date",
            "t31"."target_group",
            "t31"."early_followup_request_date",
            "t31"."education_order",
            "t31"."_rid",
            "t31"."_end",
            "t31"."_acc",
            "t31"."_new",
            "t31"."_spell_start",
            "t44"."c1",
            "t44"."c2"
          FROM "t28" AS "t31"
          INNER JOIN "t41" AS "t44"
            ON "t31"."person_id" = "t44"."person_id" AND "t31"."benefit" = "t44"."benefit"
        ) AS "t45"
        WHERE
          "t45"."start_date" >= CAST(CAST("t45"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t45"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
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
), "t77" AS (
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
    CASE
      WHEN COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t76"."start_date" >= MAKE_DATE(2020, 1, 1)
            THEN ['kontanthjaelp', 'uddannelseshjaelp']
            ELSE CAST(NULL AS TEXT[])
          END,
          "t76"."benefit"
        ),
        FALSE
      )
      THEN COALESCE("t76"."first_contact_date", "t76"."start_date")
      ELSE "t76"."start_date"
    END AS "window_start"
  FROM (
    SELECT
      "t75"."person_id",
      "t75"."benefit",
      "t75"."_key" AS "start_date",
      CASE
        WHEN "t75"."_end" = MAKE_DATE(9999, 12, 31)
        THEN CAST(NULL AS DATE)
        ELSE "t75"."_end"
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
      "t75"."early_followup_request_date",
      "t75"."education_order",
      "t75"."periods"
    FROM (
      SELECT
        "t73"."person_id",
        "t73"."benefit",
        "t73"."_key",
        MAX("t73"."_end") AS "_end",
        COUNT(*) AS "periods",
        FIRST("t73"."_rid" ORDER BY "t73"."start_date") AS "_first",
        MIN("t73"."early_followup_request_date") AS "early_followup_request_date",
        BOOL_OR(CAST(COALESCE("t73"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t27"."person_id",
            "t27"."benefit",
            "t27"."start_date",
            "t27"."_end",
            "t27"."_spell_start" AS "_key",
            "t27"."_acc",
            "t27"."_rid",
            "t27"."early_followup_request_date",
            "t27"."education_order"
          FROM "t26" AS "t27"
          WHERE
            NOT (
              "t27"."_acc"
            )
        ) AS "t29"
        UNION ALL
        SELECT
          *
        FROM (
          SELECT
            "t71"."person_id",
            "t71"."benefit",
            "t71"."start_date",
            "t71"."_end",
            "t71"."_key",
            "t71"."_acc",
            "t71"."_rid",
            "t71"."early_followup_request_date",
            "t71"."education_order"
          FROM (
            SELECT
              "t70".*
              EXCLUDE ("c1", "c2", "c3", "c4", "c5")
            FROM (
              SELECT
                "t69"."person_id",
                "t69"."benefit",
                "t69"."start_date",
                "t69"."target_group",
                "t69"."early_followup_request_date",
                "t69"."education_order",
                "t69"."_rid",
                "t69"."_end",
                "t69"."_acc",
                "t69"."_new",
                "t69"."_spell_start",
                "t69"."c1",
                "t69"."c2",
                "t69"."c3",
                "t69"."c4",
                "t69"."c5",
                GREATEST(
                  CASE
                    WHEN "t69"."c1" <= "t69"."start_date"
                    THEN "t69"."c1"
                    ELSE CAST(NULL AS DATE)
                  END,
                  CASE
                    WHEN "t69"."c2" <= "t69"."start_date"
                    THEN "t69"."c2"
                    ELSE CAST(NULL AS DATE)
                  END,
                  CASE
                    WHEN "t69"."c3" <= "t69"."start_date"
                    THEN "t69"."c3"
                    ELSE CAST(NULL AS DATE)
                  END,
                  CASE
                    WHEN "t69"."c4" <= "t69"."start_date"
                    THEN "t69"."c4"
                    ELSE CAST(NULL AS DATE)
                  END,
                  CASE
                    WHEN "t69"."c5" <= "t69"."start_date"
                    THEN "t69"."c5"
                    ELSE CAST(NULL AS DATE)
                  END
                ) AS "_key"
              FROM (
                SELECT
                  "t31"."person_id",
                  "t31"."benefit",
                  "t31"."start_date",
                  "t31"."target_group",
                  "t31"."early_followup_request_date",
                  "t31"."education_order",
                  "t31"."_rid",
                  "t31"."_end",
                  "t31"."_acc",
                  "t31"."_new",
                  "t31"."_spell_start",
                  "t68"."c1",
                  "t68"."c2",
                  "t68"."c3",
                  "t68"."c4",
                  "t68"."c5"
                FROM "t28" AS "t31"
                INNER JOIN (
                  SELECT
                    "t66".*
                    EXCLUDE ("benefit_right", "person_id_right")
                  FROM (
                    SELECT
                      "t60"."person_id",
                      "t60"."benefit",
                      "t60"."c1",
                      "t60"."c2",
                      "t60"."c3",
                      "t60"."c4",
                      "t65"."person_id" AS "person_id_right",
                      "t65"."benefit" AS "benefit_right",
                      "t65"."c5"
                    FROM (
                      SELECT
                        "t58".*
                        EXCLUDE ("benefit_right", "person_id_right")
                      FROM (
                        SELECT
                          "t52"."person_id",
                          "t52"."benefit",
                          "t52"."c1",
                          "t52"."c2",
                          "t52"."c3",
                          "t57"."person_id" AS "person_id_right",
                          "t57"."benefit" AS "benefit_right",
                          "t57"."c4"
                        FROM "t50" AS "t52"
                        LEFT OUTER JOIN (
                          SELECT
                            "t55"."person_id",
                            "t55"."benefit",
                            MIN("t55"."start_date") AS "c4"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t31"."person_id",
                                "t31"."benefit",
                                "t31"."start_date",
                                "t31"."target_group",
                                "t31"."early_followup_request_date",
                                "t31"."education_order",
                                "t31"."_rid",
                                "t31"."_end",
                                "t31"."_acc",
                                "t31"."_new",
                                "t31"."_spell_start",
                                "t53"."c1",
                                "t53"."c2",
                                "t53"."c3"
                              FROM "t28" AS "t31"
                              INNER JOIN "t50" AS "t53"
                                ON "t31"."person_id" = "t53"."person_id" AND "t31"."benefit" = "t53"."benefit"
                            ) AS "t54"
                            WHERE
                              "t54"."start_date" >= CAST(CAST("t54"."c3" + TO_MONTHS(
                                COALESCE(
                                  CASE WHEN "t54"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE)
                          ) AS "t55"
                          GROUP BY
                            1,
                            2
                        ) AS "t57"
                          ON "t52"."person_id" = "t57"."person_id" AND "t52"."benefit" = "t57"."benefit"
                      ) AS "t58"
                    ) AS "t60"
                    LEFT OUTER JOIN (
                      SELECT
                        "t63"."person_id",
                        "t63"."benefit",
                        MIN("t63"."start_date") AS "c5"
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t31"."person_id",
                            "t31"."benefit",
                            "t31"."start_date",
                            "t31"."target_group",
                            "t31"."early_followup_request_date",
                            "t31"."education_order",
                            "t31"."_rid",
                            "t31"."_end",
                            "t31"."_acc",
                            "t31"."_new",
                            "t31"."_spell_start",
                            "t61"."c1",
                            "t61"."c2",
                            "t61"."c3",
                            "t61"."c4"
                          FROM "t28" AS "t31"
                          INNER JOIN (
                            SELECT
                              "t58".*
                              EXCLUDE ("benefit_right", "person_id_right")
                            FROM (
                              SELECT
                                "t52"."person_id",
                                "t52"."benefit",
                                "t52"."c1",
                                "t52"."c2",
                                "t52"."c3",
                                "t57"."person_id" AS "person_id_right",
                                "t57"."benefit" AS "benefit_right",
                                "t57"."c4"
                              FROM "t50" AS "t52"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t55"."person_id",
                                  "t55"."benefit",
                                  MIN("t55"."start_date") AS "c4"
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t31"."person_id",
                                      "t31"."benefit",
                                      "t31"."start_date",
                                      "t31"."target_group",
                                      "t31"."early_followup_request_date",
                                      "t31"."education_order",
                                      "t31"."_rid",
                                      "t31"."_end",
                                      "t31"."_acc",
                                      "t31"."_new",
                                      "t31"."_spell_start",
                                      "t53"."c1",
                                      "t53"."c2",
                                      "t53"."c3"
                                    FROM "t28" AS "t31"
                                    INNER JOIN "t50" AS "t53"
                                      ON "t31"."person_id" = "t53"."person_id" AND "t31"."benefit" = "t53"."benefit"
                                  ) AS "t54"
                                  WHERE
                                    "t54"."start_date" >= CAST(CAST("t54"."c3" + TO_MONTHS(
                                      COALESCE(
                                        CASE WHEN "t54"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE)
                                ) AS "t55"
                                GROUP BY
                                  1,
                                  2
                              ) AS "t57"
                                ON "t52"."person_id" = "t57"."person_id" AND "t52"."benefit" = "t57"."benefit"
                            ) AS "t58"
                          ) AS "t61"
                            ON "t31"."person_id" = "t61"."person_id" AND "t31"."benefit" = "t61"."benefit"
                        ) AS "t62"
                        WHERE
                          "t62"."start_date" >= CAST(CAST("t62"."c4" + TO_MONTHS(
                            COALESCE(
                              CASE WHEN "t62"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                              0
                            )
                          ) AS TIMESTAMP) AS DATE)
                      ) AS "t63"
                      GROUP BY
                        1,
                        2
                    ) AS "t65"
                      ON "t60"."person_id" = "t65"."person_id" AND "t60"."benefit" = "t65"."benefit"
                  ) AS "t66"
                ) AS "t68"
                  ON "t31"."person_id" = "t68"."person_id" AND "t31"."benefit" = "t68"."benefit"
              ) AS "t69"
            ) AS "t70"
          ) AS "t71"
        ) AS "t72"
      ) AS "t73"
      GROUP BY
        1,
        2,
        3
    ) AS "t75"
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
      ON "t75"."_first" = "t5"."_frid"
  ) AS "t76"
  WHERE
    "t76"."benefit" IN (
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
), "t87" AS (
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
    "t83"."needs_goal",
    "t83"."needs_education",
    "t83"."in_force",
    "t86"."due_date",
    "t86"."offer_kind"
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
      COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t78"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN [
              'dagpenge',
              'kontanthjaelp:jobparat',
              'kontanthjaelp:aktivitetsparat',
              'ledighedsydelse',
              'revalidering'
            ]
            ELSE CAST(NULL AS TEXT[])
          END,
          "t78"."benefit"
        )
        OR ARRAY_CONTAINS(
          CASE
            WHEN "t78"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN [
              'dagpenge',
              'kontanthjaelp:jobparat',
              'kontanthjaelp:aktivitetsparat',
              'ledighedsydelse',
              'revalidering'
            ]
            ELSE CAST(NULL AS TEXT[])
          END,
          CASE WHEN "t78"."benefit" IS NULL THEN NULL ELSE CONCAT("t78"."benefit", ':') END || COALESCE("t78"."target_group", '')
        ),
        FALSE
      )
      OR (
        COALESCE("t78"."education_order", FALSE)
        AND COALESCE(
          ARRAY_CONTAINS(
            CASE
              WHEN "t78"."window_start" >= MAKE_DATE(2020, 1, 1)
              THEN ['dagpenge']
              ELSE CAST(NULL AS TEXT[])
            END,
            "t78"."benefit"
          ),
          FALSE
        )
      ) AS "needs_goal",
      COALESCE("t78"."education_order", FALSE)
      AND COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t78"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN ['dagpenge']
            ELSE CAST(NULL AS TEXT[])
          END,
          "t78"."benefit"
        ),
        FALSE
      ) AS "needs_education",
      COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t78"."window_start" >= MAKE_DATE(2020, 1, 1)
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
          "t78"."benefit"
        ),
        FALSE
      ) AS "in_force"
    FROM "t77" AS "t78"
  ) AS "t83"
  INNER JOIN (
    SELECT
      "t84"."person_id",
      "t84"."benefit",
      "t84"."start_date",
      MIN("t84"."_start") AS "due_date",
      FIRST("t84"."_kind" ORDER BY "t84"."_start") AS "offer_kind"
    FROM (
      SELECT
        *
      FROM (
        SELECT
          "t80"."person_id",
          "t80"."benefit",
          "t80"."start_date",
          "t80"."_ws",
          "t80"."_last",
          "t8"."_pid",
          "t8"."_kind",
          "t8"."_start"
        FROM (
          SELECT
            "t78"."person_id",
            "t78"."benefit",
            "t78"."start_date",
            "t78"."window_start" AS "_ws",
            COALESCE("t78"."end_date", CAST($as_of AS DATE)) AS "_last"
          FROM "t77" AS "t78"
        ) AS "t80"
        INNER JOIN (
          SELECT
            "t2"."person_id" AS "_pid",
            "t2"."kind" AS "_kind",
            "t2"."start_date" AS "_start"
          FROM "offers" AS "t2"
          WHERE
            "t2"."start_date" <= CAST($as_of AS DATE)
        ) AS "t8"
          ON "t80"."person_id" = "t8"."_pid"
          AND "t8"."_start" >= "t80"."_ws"
          AND "t8"."_start" <= "t80"."_last"
      ) AS "t81"
      WHERE
        ARRAY_CONTAINS(
          COALESCE(
            CASE
              WHEN "t81"."_ws" >= MAKE_DATE(2020, 1, 1)
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
          "t81"."_kind"
        )
    ) AS "t84"
    GROUP BY
      1,
      2,
      3
  ) AS "t86"
    ON "t83"."person_id" = "t86"."person_id"
    AND "t83"."benefit" = "t86"."benefit"
    AND "t83"."start_date" = "t86"."start_date"
)
SELECT
  "t98"."person_id",
  "t98"."benefit",
  'plan_before_offer' AS "kind",
  'plan_before_offer' AS "rule_id",
  '1.2.0' AS "rule_version",
  CASE
    WHEN "t98"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 41 (Min Plan); Cabi – Min Plan (skal foreligge før indsatsen starter)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t98"."window_start",
  CASE
    WHEN COALESCE("t98"."in_force", FALSE)
    THEN "t98"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t98"."in_force", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t98"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t98"."fulfilled_date" <= "t98"."due_date"
    )
    THEN 'met'
    WHEN "t98"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE(FALSE, FALSE)
    THEN 'exempt'
    WHEN "t98"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t98"."in_force", FALSE)
    THEN "t98"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t98"."in_force", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t98"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t98"."fulfilled_date" > "t98"."due_date"
    )
    THEN DATE_DIFF('DAY', "t98"."due_date", "t98"."fulfilled_date")
    WHEN NOT (
      "t98"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE(FALSE, FALSE)
    )
    AND (
      "t98"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t98"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t98"."in_force", FALSE)
              THEN "t98"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t98"."window_start"
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
              WHEN COALESCE("t98"."in_force", FALSE)
              THEN "t98"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t98"."window_start"
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
      WHEN "t98"."fulfilled_date" IS NOT NULL
      THEN 'Min Plan' || CASE
        WHEN "t98"."needs_education"
        THEN ' med jobmål og uddannelsesmål (uddannelsespålæg)'
        WHEN "t98"."needs_goal"
        THEN ' med jobmål'
        ELSE ''
      END || CASE
        WHEN CAST("t98"."fulfilled_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(' ', CAST("t98"."fulfilled_date" AS TEXT))
      END
      ELSE 'ingen Min Plan' || CASE
        WHEN "t98"."needs_education"
        THEN ' med jobmål og uddannelsesmål (uddannelsespålæg)'
        WHEN "t98"."needs_goal"
        THEN ' med jobmål'
        ELSE ''
      END
    END || CASE
      WHEN "t98"."offer_kind" IS NULL OR CAST("t98"."due_date" AS TEXT) IS NULL
      THEN NULL
      ELSE CONCAT('; første tilbud ', "t98"."offer_kind", ' ', CAST("t98"."due_date" AS TEXT))
    END,
    ''
  ) AS "evidence"
FROM (
  SELECT
    "t97".*
    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
      "t93"."needs_goal",
      "t93"."needs_education",
      "t93"."in_force",
      "t93"."due_date",
      "t93"."offer_kind",
      "t96"."person_id" AS "person_id_right",
      "t96"."benefit" AS "benefit_right",
      "t96"."start_date" AS "start_date_right",
      "t96"."fulfilled_date"
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
        "t88"."needs_goal",
        "t88"."needs_education",
        "t88"."in_force"
        AND NOT (
          (
            "t88"."benefit" = 'sygedagpenge'
          )
          AND COALESCE("t88"."employed", FALSE)
          AND COALESCE(
            CASE
              WHEN "t88"."due_date" >= MAKE_DATE(2025, 1, 1)
              THEN TRUE
              WHEN "t88"."due_date" >= MAKE_DATE(2020, 1, 1)
              THEN FALSE
              ELSE CAST(NULL AS BOOLEAN)
            END,
            FALSE
          )
        ) AS "in_force",
        "t88"."due_date",
        "t88"."offer_kind"
      FROM "t87" AS "t88"
    ) AS "t93"
    LEFT OUTER JOIN (
      SELECT
        "t94"."person_id",
        "t94"."benefit",
        "t94"."start_date",
        MIN("t94"."_date") AS "fulfilled_date"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t90"."person_id",
            "t90"."benefit",
            "t90"."start_date",
            "t90"."_ws",
            "t90"."_goal",
            "t90"."_need_edu",
            "t7"."_pid",
            "t7"."_date",
            "t7"."_job",
            "t7"."_edu"
          FROM (
            SELECT
              "t88"."person_id",
              "t88"."benefit",
              "t88"."start_date",
              "t88"."window_start" AS "_ws",
              "t88"."needs_goal" AS "_goal",
              "t88"."needs_education" AS "_need_edu"
            FROM "t87" AS "t88"
          ) AS "t90"
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
            ON "t90"."person_id" = "t7"."_pid" AND "t7"."_date" >= "t90"."_ws"
        ) AS "t91"
        WHERE
          (
            NOT (
              "t91"."_goal"
            ) OR COALESCE("t91"."_job", FALSE)
          )
          AND (
            NOT (
              "t91"."_need_edu"
            ) OR COALESCE("t91"."_edu", FALSE)
          )
      ) AS "t94"
      GROUP BY
        1,
        2,
        3
    ) AS "t96"
      ON "t93"."person_id" = "t96"."person_id"
      AND "t93"."benefit" = "t96"."benefit"
      AND "t93"."start_date" = "t96"."start_date"
  ) AS "t97"
) AS "t98"
