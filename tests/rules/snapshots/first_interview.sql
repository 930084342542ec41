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
    COALESCE("t76"."first_contact_date", "t76"."start_date") AS "window_start"
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
    "t76"."benefit" IN ('kontanthjaelp', 'ledighedsydelse', 'uddannelseshjaelp')
)
SELECT
  "t98"."person_id",
  "t98"."benefit",
  'first_interview' AS "kind",
  'first_interview' AS "rule_id",
  '1.1.1' AS "rule_version",
  CASE
    WHEN "t98"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025 (reform af beskæftigelsesindsatsen); STAR, spørgsmål og svar om reformen'
    WHEN "t98"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31, stk. 5 (LBK nr. 280 af 2024; lov nr. 727 af 13.6.2023)'
    WHEN "t98"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 31, stk. 3 (LBK nr. 701 af 2022)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t98"."window_start",
  CASE
    WHEN COALESCE("t98"."is_applicable", FALSE)
    THEN "t98"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t98"."is_applicable", FALSE)
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
    WHEN COALESCE("t98"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t98"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t98"."is_applicable", FALSE)
    THEN "t98"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t98"."is_applicable", FALSE)
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
      COALESCE("t98"."is_exempt", FALSE)
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
              WHEN COALESCE("t98"."is_applicable", FALSE)
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
              WHEN COALESCE("t98"."is_applicable", FALSE)
              THEN "t98"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t98"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'first_interview'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t98"."evidence", '') AS "evidence"
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
    "t97"."in_force",
    "t97"."due0",
    "t97"."exemption_start",
    "t97"."exemption_end",
    "t97"."exemption_reason",
    "t97"."due_date",
    "t97"."person_id_right",
    "t97"."benefit_right",
    "t97"."start_date_right",
    "t97"."fulfilled_date",
    "t97"."held_text",
    "t97"."in_force"
    AND NOT (
      (
        "t97"."end_date" IS NOT NULL
      )
      AND (
        "t97"."end_date" < "t97"."due_date"
      )
      AND (
        "t97"."fulfilled_date" IS NULL
      )
    ) AS "is_applicable",
    (
      "t97"."exemption_end" IS NOT NULL
    )
    AND (
      CAST($as_of AS DATE) <= "t97"."exemption_end"
    ) AS "is_exempt",
    CASE
      WHEN CASE
        WHEN "t97"."exemption_end" IS NOT NULL
        THEN CASE
          WHEN CAST("t97"."exemption_start" AS TEXT) IS NULL
          OR CAST("t97"."exemption_end" AS TEXT) IS NULL
          OR "t97"."exemption_reason" IS NULL
          THEN NULL
          ELSE CONCAT(
            'fritaget ',
            CAST("t97"."exemption_start" AS TEXT),
            '–',
            CAST("t97"."exemption_end" AS TEXT),
            ' (',
            "t97"."exemption_reason",
            ')'
          )
        END
        ELSE ''
      END = ''
      THEN CASE
        WHEN "t97"."fulfilled_date" IS NOT NULL
        THEN "t97"."held_text"
        WHEN (
          "t97"."end_date" IS NOT NULL
        )
        AND (
          "t97"."end_date" < "t97"."due_date"
        )
        AND (
          "t97"."fulfilled_date" IS NULL
        )
        THEN CASE
          WHEN CAST("t97"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('ydelsesforløbet sluttede ', CAST("t97"."end_date" AS TEXT), ' før fristen')
        END
        ELSE 'ingen afholdt individuel jobsamtale'
      END
      ELSE CASE
        WHEN "t97"."fulfilled_date" IS NOT NULL
        THEN "t97"."held_text"
        WHEN (
          "t97"."end_date" IS NOT NULL
        )
        AND (
          "t97"."end_date" < "t97"."due_date"
        )
        AND (
          "t97"."fulfilled_date" IS NULL
        )
        THEN CASE
          WHEN CAST("t97"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('ydelsesforløbet sluttede ', CAST("t97"."end_date" AS TEXT), ' før fristen')
        END
        ELSE 'ingen afholdt individuel jobsamtale'
      END || '; ' || CASE
        WHEN "t97"."exemption_end" IS NOT NULL
        THEN CASE
          WHEN CAST("t97"."exemption_start" AS TEXT) IS NULL
          OR CAST("t97"."exemption_end" AS TEXT) IS NULL
          OR "t97"."exemption_reason" IS NULL
          THEN NULL
          ELSE CONCAT(
            'fritaget ',
            CAST("t97"."exemption_start" AS TEXT),
            '–',
            CAST("t97"."exemption_end" AS TEXT),
            ' (',
            "t97"."exemption_reason",
            ')'
          )
        END
        ELSE ''
      END
    END AS "evidence"
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
      "t96"."in_force",
      "t96"."due0",
      "t96"."exemption_start",
      "t96"."exemption_end",
      "t96"."exemption_reason",
      "t96"."due_date",
      "t90"."person_id" AS "person_id_right",
      "t90"."benefit" AS "benefit_right",
      "t90"."start_date" AS "start_date_right",
      "t90"."fulfilled_date",
      "t90"."held_text"
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
        "t94"."in_force",
        "t94"."due0",
        "t94"."exemption_start",
        "t94"."exemption_end",
        "t94"."exemption_reason",
        CASE
          WHEN "t94"."exemption_end" IS NOT NULL
          THEN CAST(CAST("t94"."exemption_end" + TO_DAYS(
            COALESCE(
              CASE
                WHEN "t94"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN 7
                ELSE CAST(NULL AS BIGINT)
              END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
          ELSE "t94"."due0"
        END AS "due_date"
      FROM (
        SELECT
          "t93".*
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
            "t84"."in_force",
            "t84"."due0",
            "t92"."person_id" AS "person_id_right",
            "t92"."benefit" AS "benefit_right",
            "t92"."start_date" AS "start_date_right",
            "t92"."exemption_start",
            "t92"."exemption_end",
            "t92"."exemption_reason"
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
              (
                CASE
                  WHEN "t78"."window_start" >= MAKE_DATE(2026, 7, 1)
                  THEN 7
                  WHEN "t78"."window_start" >= MAKE_DATE(2024, 1, 1)
                  THEN 7
                  WHEN "t78"."window_start" >= MAKE_DATE(2020, 1, 1)
                  THEN 7
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND COALESCE(
                ARRAY_CONTAINS(
                  CASE
                    WHEN "t78"."window_start" >= MAKE_DATE(2026, 7, 1)
                    THEN ['kontanthjaelp', 'ledighedsydelse']
                    WHEN "t78"."window_start" >= MAKE_DATE(2020, 1, 1)
                    THEN ['kontanthjaelp', 'uddannelseshjaelp']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  "t78"."benefit"
                ),
                FALSE
              )
              AND (
                (
                  "t78"."target_group" IS NULL
                )
                OR COALESCE(
                  ARRAY_CONTAINS(
                    CASE
                      WHEN "t78"."window_start" >= MAKE_DATE(2026, 7, 1)
                      THEN ['jobparat']
                      WHEN "t78"."window_start" >= MAKE_DATE(2020, 1, 1)
                      THEN ['jobparat', 'aktivitetsparat', 'uddannelsesparat']
                      ELSE CAST(NULL AS TEXT[])
                    END,
                    "t78"."target_group"
                  ),
                  FALSE
                )
              ) AS "in_force",
              CAST(CAST("t78"."window_start" + TO_DAYS(
                COALESCE(
                  CASE
                    WHEN "t78"."window_start" >= MAKE_DATE(2026, 7, 1)
                    THEN 7
                    WHEN "t78"."window_start" >= MAKE_DATE(2024, 1, 1)
                    THEN 7
                    WHEN "t78"."window_start" >= MAKE_DATE(2020, 1, 1)
                    THEN 7
                    ELSE CAST(NULL AS BIGINT)
                  END,
                  0
                )
              ) AS TIMESTAMP) AS DATE) AS "due0"
            FROM "t77" AS "t78"
          ) AS "t84"
          LEFT OUTER JOIN (
            SELECT
              "t88"."person_id",
              "t88"."benefit",
              "t88"."start_date",
              FIRST("t88"."_ex_start" ORDER BY "t88"."_ex_end" DESC) AS "exemption_start",
              MAX("t88"."_ex_end") AS "exemption_end",
              FIRST("t88"."_ex_reason" ORDER BY "t88"."_ex_end" DESC) AS "exemption_reason"
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  "t85"."person_id",
                  "t85"."benefit",
                  "t85"."start_date",
                  "t85"."_day",
                  "t85"."_ws",
                  "t8"."_pid",
                  "t8"."_ex_start",
                  "t8"."_ex_end",
                  "t8"."_ex_reason"
                FROM (
                  SELECT
                    "t78"."person_id",
                    "t78"."benefit",
                    "t78"."start_date",
                    CAST(CAST("t78"."window_start" + TO_DAYS(
                      COALESCE(
                        CASE
                          WHEN "t78"."window_start" >= MAKE_DATE(2026, 7, 1)
                          THEN 7
                          WHEN "t78"."window_start" >= MAKE_DATE(2024, 1, 1)
                          THEN 7
                          WHEN "t78"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 7
                          ELSE CAST(NULL AS BIGINT)
                        END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE) AS "_day",
                    "t78"."window_start" AS "_ws"
                  FROM "t77" AS "t78"
                ) AS "t85"
                INNER JOIN (
                  SELECT
                    "t2"."person_id" AS "_pid",
                    "t2"."start_date" AS "_ex_start",
                    "t2"."end_date" AS "_ex_end",
                    "t2"."reason" AS "_ex_reason"
                  FROM "exemptions" AS "t2"
                  WHERE
                    "t2"."start_date" <= CAST($as_of AS DATE)
                ) AS "t8"
                  ON "t85"."person_id" = "t8"."_pid"
                  AND "t8"."_ex_start" <= "t85"."_day"
                  AND "t8"."_ex_end" >= "t85"."_day"
              ) AS "t86"
              WHERE
                NOT (
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t86"."_ws" >= MAKE_DATE(2026, 7, 1)
                        THEN ['selv_job']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t86"."_ex_reason"
                    ),
                    FALSE
                  )
                )
            ) AS "t88"
            GROUP BY
              1,
              2,
              3
          ) AS "t92"
            ON "t84"."person_id" = "t92"."person_id"
            AND "t84"."benefit" = "t92"."benefit"
            AND "t84"."start_date" = "t92"."start_date"
        ) AS "t93"
      ) AS "t94"
    ) AS "t96"
    LEFT OUTER JOIN (
      SELECT
        "t87"."person_id",
        "t87"."benefit",
        "t87"."start_date",
        MIN("t87"."date") AS "fulfilled_date",
        FIRST(
          "t87"."description" ORDER BY CASE
            WHEN CAST("t87"."date" AS TEXT) IS NULL OR "t87"."description" IS NULL
            THEN NULL
            ELSE CONCAT(CAST("t87"."date" AS TEXT), '|', "t87"."description")
          END
        ) AS "held_text"
      FROM (
        SELECT
          "t81"."person_id",
          "t81"."benefit",
          "t81"."start_date",
          "t81"."date",
          CASE
            WHEN "t81"."kind" IS NULL
            OR CAST("t81"."date" AS TEXT) IS NULL
            OR "t81"."form" IS NULL
            OR "t81"."held_by" IS NULL
            THEN NULL
            ELSE CONCAT("t81"."kind", ' ', CAST("t81"."date" AS TEXT), ' (', "t81"."form", ', ', "t81"."held_by", ')')
          END AS "description"
        FROM (
          SELECT
            "t80"."person_id",
            "t80"."benefit",
            "t80"."start_date",
            "t80"."window_start",
            "t80"."_first",
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
              "t78"."person_id",
              "t78"."benefit",
              "t78"."start_date",
              "t78"."window_start",
              "t78"."window_start" AS "_first",
              COALESCE("t78"."end_date", CAST($as_of AS DATE)) AS "_last"
            FROM "t77" AS "t78"
          ) AS "t80"
          INNER JOIN (
            SELECT
              *
            FROM "conversations" AS "t0"
            WHERE
              "t0"."status" = 'afholdt'
              AND COALESCE("t0"."individual", TRUE)
              AND "t0"."date" <= CAST($as_of AS DATE)
              AND "t0"."kind" IN ('jobsamtale')
          ) AS "t7"
            ON "t80"."person_id" = "t7"."person_id"
            AND "t7"."date" >= "t80"."_first"
            AND "t7"."date" <= "t80"."_last"
        ) AS "t81"
        WHERE
          COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
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
                WHEN "t81"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN ['personligt', 'telefon', 'video']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t81"."form"
            ),
            FALSE
          )
      ) AS "t87"
      GROUP BY
        1,
        2,
        3
    ) AS "t90"
      ON "t96"."person_id" = "t90"."person_id"
      AND "t96"."benefit" = "t90"."benefit"
      AND "t96"."start_date" = "t90"."start_date"
  ) AS "t97"
) AS "t98"
