WITH "t9" AS (
  SELECT
    "t2"."person_id",
    "t2"."benefit",
    "t2"."start_date",
    "t2"."target_group",
    "t2"."early_followup_request_date",
    "t2"."education_order",
    "t2"."rowid" AS "_rid",
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
), "t73" AS (
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
), "t81" AS (
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
    CASE
      WHEN COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t78"."start_date" >= MAKE_DATE(2020, 1, 1)
            THEN ['kontanthjaelp', 'uddannelseshjaelp']
            ELSE CAST(NULL AS TEXT[])
          END,
          "t78"."benefit"
        ),
        FALSE
      )
      THEN COALESCE("t78"."first_contact_date", "t78"."start_date")
      ELSE "t78"."start_date"
    END AS "window_start"
  FROM (
    SELECT
      "t77"."person_id",
      "t77"."benefit",
      "t77"."_key" AS "start_date",
      CASE
        WHEN "t77"."_end" = MAKE_DATE(9999, 12, 31)
        THEN CAST(NULL AS DATE)
        ELSE "t77"."_end"
      END AS "end_date",
      "t6"."first_contact_date",
      "t6"."target_group",
      "t6"."first_absence_date",
      "t6"."sickness_category",
      "t6"."employed",
      "t6"."handover_date",
      "t6"."expected_absence_weeks",
      "t6"."work_obligation",
      "t6"."municipality",
      "t77"."early_followup_request_date",
      "t77"."education_order",
      "t77"."periods"
    FROM (
      SELECT
        "t74"."person_id",
        "t74"."benefit",
        "t74"."_key",
        MAX("t74"."_end") AS "_end",
        COUNT(*) AS "periods",
        FIRST("t74"."_rid" ORDER BY "t74"."start_date") AS "_first",
        MIN("t74"."early_followup_request_date") AS "early_followup_request_date",
        BOOL_OR(CAST(COALESCE("t74"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
      FROM "t73" AS "t74"
      GROUP BY
        1,
        2,
        3
    ) AS "t77"
    INNER JOIN (
      SELECT
        "t2"."rowid" AS "_frid",
        "t2"."first_contact_date",
        "t2"."target_group",
        "t2"."first_absence_date",
        "t2"."sickness_category",
        "t2"."employed",
        "t2"."handover_date",
        "t2"."expected_absence_weeks",
        "t2"."work_obligation",
        "t2"."municipality"
      FROM "benefit_periods" AS "t2"
    ) AS "t6"
      ON "t77"."_first" = "t6"."_frid"
  ) AS "t78"
  WHERE
    "t78"."benefit" IN ('dagpenge', 'kontanthjaelp')
)
SELECT
  "t111"."person_id",
  "t111"."benefit",
  'offer_6m' AS "kind",
  'offer_6m' AS "rule_id",
  '1.2.0' AS "rule_version",
  CASE
    WHEN "t111"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025; STAR, svar på spørgsmål fra webinar 21.1.2026 (tilbud til 75 %)'
    WHEN "t111"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 102, stk. 1'
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
      "t111"."fulfilled_date" <= COALESCE("t111"."on_time_until", "t111"."due_date")
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
      "t111"."fulfilled_date" > COALESCE("t111"."on_time_until", "t111"."due_date")
    )
    THEN DATE_DIFF('DAY', COALESCE("t111"."on_time_until", "t111"."due_date"), "t111"."fulfilled_date")
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
        'offer_6m'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t111"."evidence", '') AS "evidence"
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
    "t110"."in_force",
    "t110"."_end_unconfirmed",
    "t110"."due0",
    "t110"."exemption_start",
    "t110"."exemption_end",
    "t110"."exemption_reason",
    "t110"."due_date",
    "t110"."fulfilled_date",
    "t110"."offer_kind",
    "t110"."offer_end",
    CASE
      WHEN COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t110"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN ['loentilskud']
            ELSE CAST(NULL AS TEXT[])
          END,
          "t110"."offer_kind"
        ),
        FALSE
      )
      THEN CAST(CAST("t110"."due_date" + TO_DAYS(
        COALESCE(
          CASE
            WHEN "t110"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN 3
            ELSE CAST(NULL AS BIGINT)
          END,
          0
        ) * 7
      ) AS TIMESTAMP) AS DATE)
      ELSE "t110"."due_date"
    END AS "on_time_until",
    "t110"."in_force"
    AND NOT (
      (
        "t110"."end_date" IS NOT NULL
      )
      AND (
        "t110"."end_date" < "t110"."due_date"
      )
      AND (
        "t110"."fulfilled_date" IS NULL
      )
    ) AS "is_applicable",
    (
      "t110"."exemption_end" IS NOT NULL
    )
    AND (
      CAST($as_of AS DATE) <= "t110"."exemption_end"
    ) AS "is_exempt",
    CASE
      WHEN "t110"."_end_unconfirmed"
      THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CASE
        WHEN "t110"."fulfilled_date" IS NOT NULL
        THEN CASE
          WHEN "t110"."offer_kind" IS NULL
          OR CAST("t110"."fulfilled_date" AS TEXT) IS NULL
          OR CAST("t110"."offer_end" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(
            "t110"."offer_kind",
            ' ',
            CAST("t110"."fulfilled_date" AS TEXT),
            '–',
            CAST("t110"."offer_end" AS TEXT)
          )
        END || CASE
          WHEN COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t110"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN ['loentilskud']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t110"."offer_kind"
            ),
            FALSE
          )
          THEN ' (løntilskud: start inden for henstand tæller)'
          ELSE ''
        END
        WHEN (
          "t110"."end_date" IS NOT NULL
        )
        AND (
          "t110"."end_date" < "t110"."due_date"
        )
        AND (
          "t110"."fulfilled_date" IS NULL
        )
        THEN CASE
          WHEN CAST("t110"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('ydelsesforløbet sluttede ', CAST("t110"."end_date" AS TEXT), ' før fristen')
        END
        ELSE 'intet tilbud af mindst 2 ugers varighed'
      END
      WHEN CASE
        WHEN "t110"."exemption_end" IS NOT NULL
        THEN CASE
          WHEN CAST("t110"."exemption_start" AS TEXT) IS NULL
          OR CAST("t110"."exemption_end" AS TEXT) IS NULL
          OR "t110"."exemption_reason" IS NULL
          THEN NULL
          ELSE CONCAT(
            'fritaget ',
            CAST("t110"."exemption_start" AS TEXT),
            '–',
            CAST("t110"."exemption_end" AS TEXT),
            ' (',
            "t110"."exemption_reason",
            ')'
          )
        END
        ELSE ''
      END = ''
      THEN CASE
        WHEN "t110"."fulfilled_date" IS NOT NULL
        THEN CASE
          WHEN "t110"."offer_kind" IS NULL
          OR CAST("t110"."fulfilled_date" AS TEXT) IS NULL
          OR CAST("t110"."offer_end" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(
            "t110"."offer_kind",
            ' ',
            CAST("t110"."fulfilled_date" AS TEXT),
            '–',
            CAST("t110"."offer_end" AS TEXT)
          )
        END || CASE
          WHEN COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t110"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN ['loentilskud']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t110"."offer_kind"
            ),
            FALSE
          )
          THEN ' (løntilskud: start inden for henstand tæller)'
          ELSE ''
        END
        WHEN (
          "t110"."end_date" IS NOT NULL
        )
        AND (
          "t110"."end_date" < "t110"."due_date"
        )
        AND (
          "t110"."fulfilled_date" IS NULL
        )
        THEN CASE
          WHEN CAST("t110"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('ydelsesforløbet sluttede ', CAST("t110"."end_date" AS TEXT), ' før fristen')
        END
        ELSE 'intet tilbud af mindst 2 ugers varighed'
      END
      ELSE CASE
        WHEN "t110"."fulfilled_date" IS NOT NULL
        THEN CASE
          WHEN "t110"."offer_kind" IS NULL
          OR CAST("t110"."fulfilled_date" AS TEXT) IS NULL
          OR CAST("t110"."offer_end" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(
            "t110"."offer_kind",
            ' ',
            CAST("t110"."fulfilled_date" AS TEXT),
            '–',
            CAST("t110"."offer_end" AS TEXT)
          )
        END || CASE
          WHEN COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t110"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN ['loentilskud']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t110"."offer_kind"
            ),
            FALSE
          )
          THEN ' (løntilskud: start inden for henstand tæller)'
          ELSE ''
        END
        WHEN (
          "t110"."end_date" IS NOT NULL
        )
        AND (
          "t110"."end_date" < "t110"."due_date"
        )
        AND (
          "t110"."fulfilled_date" IS NULL
        )
        THEN CASE
          WHEN CAST("t110"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('ydelsesforløbet sluttede ', CAST("t110"."end_date" AS TEXT), ' før fristen')
        END
        ELSE 'intet tilbud af mindst 2 ugers varighed'
      END || '; ' || CASE
        WHEN "t110"."exemption_end" IS NOT NULL
        THEN CASE
          WHEN CAST("t110"."exemption_start" AS TEXT) IS NULL
          OR CAST("t110"."exemption_end" AS TEXT) IS NULL
          OR "t110"."exemption_reason" IS NULL
          THEN NULL
          ELSE CONCAT(
            'fritaget ',
            CAST("t110"."exemption_start" AS TEXT),
            '–',
            CAST("t110"."exemption_end" AS TEXT),
            ' (',
            "t110"."exemption_reason",
            ')'
          )
        END
        ELSE ''
      END
    END AS "evidence"
  FROM (
    SELECT
      "t109".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t108"."person_id",
        "t108"."benefit",
        "t108"."start_date",
        "t108"."end_date",
        "t108"."first_contact_date",
        "t108"."target_group",
        "t108"."first_absence_date",
        "t108"."sickness_category",
        "t108"."employed",
        "t108"."handover_date",
        "t108"."expected_absence_weeks",
        "t108"."work_obligation",
        "t108"."municipality",
        "t108"."early_followup_request_date",
        "t108"."education_order",
        "t108"."periods",
        "t108"."window_start",
        "t108"."in_force",
        "t108"."_end_unconfirmed",
        "t108"."due0",
        "t108"."exemption_start",
        "t108"."exemption_end",
        "t108"."exemption_reason",
        "t108"."due_date",
        "t95"."person_id" AS "person_id_right",
        "t95"."benefit" AS "benefit_right",
        "t95"."start_date" AS "start_date_right",
        "t95"."fulfilled_date",
        "t95"."offer_kind",
        "t95"."offer_end"
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
          "t106"."in_force",
          "t106"."_end_unconfirmed",
          "t106"."due0",
          "t106"."exemption_start",
          "t106"."exemption_end",
          "t106"."exemption_reason",
          CASE
            WHEN "t106"."exemption_end" IS NOT NULL
            THEN CAST(CAST("t106"."exemption_end" + TO_MONTHS(
              CASE
                WHEN "t106"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN 1
                ELSE CAST(NULL AS BIGINT)
              END
            ) AS TIMESTAMP) AS DATE)
            ELSE "t106"."due0"
          END AS "due_date"
        FROM (
          SELECT
            "t105".*
            EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
          FROM (
            SELECT
              "t99"."person_id",
              "t99"."benefit",
              "t99"."start_date",
              "t99"."end_date",
              "t99"."first_contact_date",
              "t99"."target_group",
              "t99"."first_absence_date",
              "t99"."sickness_category",
              "t99"."employed",
              "t99"."handover_date",
              "t99"."expected_absence_weeks",
              "t99"."work_obligation",
              "t99"."municipality",
              "t99"."early_followup_request_date",
              "t99"."education_order",
              "t99"."periods",
              "t99"."window_start",
              "t99"."in_force",
              "t99"."_end_unconfirmed",
              "t99"."due0",
              "t104"."person_id" AS "person_id_right",
              "t104"."benefit" AS "benefit_right",
              "t104"."start_date" AS "start_date_right",
              "t104"."exemption_start",
              "t104"."exemption_end",
              "t104"."exemption_reason"
            FROM (
              SELECT
                "t97".*
                EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                  "t96"."_end_unconfirmed",
                  "t96"."_plain",
                  "t96"."_needed",
                  "t96"."_ipid",
                  "t96"."_ibenefit",
                  "t96"."_istart",
                  "t96"."_i_start",
                  "t96"."_i_end",
                  "t96"."_cum",
                  CASE
                    WHEN "t96"."_i_start" IS NOT NULL
                    THEN CAST(CAST("t96"."_i_start" + TO_DAYS(CAST("t96"."_needed" - "t96"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                    ELSE "t96"."_plain"
                  END AS "due0"
                FROM (
                  SELECT
                    "t89"."person_id",
                    "t89"."benefit",
                    "t89"."start_date",
                    "t89"."end_date",
                    "t89"."first_contact_date",
                    "t89"."target_group",
                    "t89"."first_absence_date",
                    "t89"."sickness_category",
                    "t89"."employed",
                    "t89"."handover_date",
                    "t89"."expected_absence_weeks",
                    "t89"."work_obligation",
                    "t89"."municipality",
                    "t89"."early_followup_request_date",
                    "t89"."education_order",
                    "t89"."periods",
                    "t89"."window_start",
                    "t89"."in_force",
                    "t89"."_end_unconfirmed",
                    "t89"."_plain",
                    "t89"."_needed",
                    "t93"."_ipid",
                    "t93"."_ibenefit",
                    "t93"."_istart",
                    "t93"."_i_start",
                    "t93"."_i_end",
                    "t93"."_cum"
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
                      (
                        CASE
                          WHEN "t82"."window_start" >= MAKE_DATE(2026, 7, 1)
                          THEN CAST(NULL AS BIGINT)
                          WHEN "t82"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 6
                          ELSE CAST(NULL AS BIGINT)
                        END IS NOT NULL
                      )
                      AND COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t82"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN ['dagpenge', 'kontanthjaelp']
                            ELSE CAST(NULL AS TEXT[])
                          END,
                          "t82"."benefit"
                        ),
                        FALSE
                      )
                      AND (
                        (
                          "t82"."target_group" IS NULL
                        )
                        OR COALESCE(
                          ARRAY_CONTAINS(
                            CASE
                              WHEN "t82"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN ['jobparat', 'aktivitetsparat']
                              ELSE CAST(NULL AS TEXT[])
                            END,
                            "t82"."target_group"
                          ),
                          FALSE
                        )
                      ) AS "in_force",
                      COALESCE(
                        (
                          CASE
                            WHEN "t82"."window_start" >= MAKE_DATE(2026, 7, 1)
                            THEN CAST(NULL AS BIGINT)
                            WHEN "t82"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN 6
                            ELSE CAST(NULL AS BIGINT)
                          END IS NULL
                        )
                        AND COALESCE(
                          ARRAY_CONTAINS(
                            CASE
                              WHEN "t82"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                            "t82"."benefit"
                          )
                          OR ARRAY_CONTAINS(
                            CASE
                              WHEN "t82"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                            CASE WHEN "t82"."benefit" IS NULL THEN NULL ELSE CONCAT("t82"."benefit", ':') END || COALESCE("t82"."target_group", '')
                          ),
                          FALSE
                        ),
                        FALSE
                      ) AS "_end_unconfirmed",
                      CAST(CAST("t82"."window_start" + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t82"."window_start" >= MAKE_DATE(2026, 7, 1)
                            THEN CAST(NULL AS BIGINT)
                            WHEN "t82"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN 6
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        )
                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                      DATE_DIFF(
                        'DAY',
                        "t82"."window_start",
                        CAST(CAST("t82"."window_start" + TO_MONTHS(
                          COALESCE(
                            CASE
                              WHEN "t82"."window_start" >= MAKE_DATE(2026, 7, 1)
                              THEN CAST(NULL AS BIGINT)
                              WHEN "t82"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 6
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                      ) AS "_needed"
                    FROM "t81" AS "t82"
                  ) AS "t89"
                  LEFT OUTER JOIN (
                    SELECT
                      "t90"."person_id" AS "_ipid",
                      "t90"."benefit" AS "_ibenefit",
                      "t90"."start_date" AS "_istart",
                      "t90"."i_start" AS "_i_start",
                      "t90"."i_end" AS "_i_end",
                      "t90"."cum_before" AS "_cum"
                    FROM (
                      SELECT
                        "t86"."person_id",
                        "t86"."benefit",
                        "t86"."_key" AS "start_date",
                        "t86"."i_start",
                        "t86"."i_end",
                        CAST(COALESCE(
                          SUM("t86"."_len") OVER (
                            PARTITION BY "t86"."person_id", "t86"."benefit", "t86"."_key"
                            ORDER BY "t86"."i_start" ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                          ),
                          0
                        ) AS INT) AS "cum_before"
                      FROM (
                        SELECT
                          "t83"."person_id",
                          "t83"."benefit",
                          "t83"."_key",
                          "t83"."_island",
                          "t83"."i_start",
                          "t83"."i_end",
                          CASE
                            WHEN "t83"."i_end" = MAKE_DATE(9999, 12, 31)
                            THEN 0
                            ELSE DATE_DIFF('DAY', "t83"."i_start", "t83"."i_end") + 1
                          END AS "_len"
                        FROM (
                          SELECT
                            "t80"."person_id",
                            "t80"."benefit",
                            "t80"."_key",
                            "t80"."_island",
                            MIN("t80"."start_date") AS "i_start",
                            MAX("t80"."_end") AS "i_end"
                          FROM (
                            SELECT
                              "t79"."person_id",
                              "t79"."benefit",
                              "t79"."start_date",
                              "t79"."_end",
                              "t79"."_key",
                              "t79"."_acc",
                              "t79"."_rid",
                              "t79"."early_followup_request_date",
                              "t79"."education_order",
                              "t79"."_new",
                              SUM("t79"."_new") OVER (
                                PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                              ) AS "_island"
                            FROM (
                              SELECT
                                "t75"."person_id",
                                "t75"."benefit",
                                "t75"."start_date",
                                "t75"."_end",
                                "t75"."_key",
                                "t75"."_acc",
                                "t75"."_rid",
                                "t75"."early_followup_request_date",
                                "t75"."education_order",
                                CASE
                                  WHEN MAX("t75"."_end") OVER (
                                    PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                    ORDER BY "t75"."start_date" ASC, "t75"."_end" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                  ) IS NULL
                                  THEN 1
                                  WHEN "t75"."start_date" > CAST(CAST(MAX("t75"."_end") OVER (
                                    PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                    ORDER BY "t75"."start_date" ASC, "t75"."_end" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                  THEN 1
                                  ELSE 0
                                END AS "_new"
                              FROM (
                                SELECT
                                  *
                                FROM "t73" AS "t74"
                                WHERE
                                  "t74"."_acc"
                              ) AS "t75"
                            ) AS "t79"
                          ) AS "t80"
                          GROUP BY
                            1,
                            2,
                            3,
                            4
                        ) AS "t83"
                      ) AS "t86"
                    ) AS "t90"
                  ) AS "t93"
                    ON "t89"."person_id" = "t93"."_ipid"
                    AND "t89"."benefit" = "t93"."_ibenefit"
                    AND "t89"."start_date" = "t93"."_istart"
                    AND "t93"."_cum" < "t89"."_needed"
                    AND (
                      (
                        "t93"."_i_end" = MAKE_DATE(9999, 12, 31)
                      )
                      OR (
                        (
                          "t93"."_cum" + DATE_DIFF('DAY', "t93"."_i_start", "t93"."_i_end") + 1
                        ) >= "t89"."_needed"
                      )
                    )
                ) AS "t96"
              ) AS "t97"
            ) AS "t99"
            LEFT OUTER JOIN (
              SELECT
                "t102"."person_id",
                "t102"."benefit",
                "t102"."start_date",
                FIRST("t102"."_ex_start" ORDER BY "t102"."_ex_end" DESC) AS "exemption_start",
                MAX("t102"."_ex_end") AS "exemption_end",
                FIRST("t102"."_ex_reason" ORDER BY "t102"."_ex_end" DESC) AS "exemption_reason"
              FROM (
                SELECT
                  "t101"."person_id",
                  "t101"."benefit",
                  "t101"."start_date",
                  "t101"."_day",
                  "t8"."_pid",
                  "t8"."_ex_start",
                  "t8"."_ex_end",
                  "t8"."_ex_reason"
                FROM (
                  SELECT
                    "t98"."person_id",
                    "t98"."benefit",
                    "t98"."start_date",
                    "t98"."due0" AS "_day"
                  FROM (
                    SELECT
                      "t97".*
                      EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                        "t96"."_end_unconfirmed",
                        "t96"."_plain",
                        "t96"."_needed",
                        "t96"."_ipid",
                        "t96"."_ibenefit",
                        "t96"."_istart",
                        "t96"."_i_start",
                        "t96"."_i_end",
                        "t96"."_cum",
                        CASE
                          WHEN "t96"."_i_start" IS NOT NULL
                          THEN CAST(CAST("t96"."_i_start" + TO_DAYS(CAST("t96"."_needed" - "t96"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                          ELSE "t96"."_plain"
                        END AS "due0"
                      FROM (
                        SELECT
                          "t89"."person_id",
                          "t89"."benefit",
                          "t89"."start_date",
                          "t89"."end_date",
                          "t89"."first_contact_date",
                          "t89"."target_group",
                          "t89"."first_absence_date",
                          "t89"."sickness_category",
                          "t89"."employed",
                          "t89"."handover_date",
                          "t89"."expected_absence_weeks",
                          "t89"."work_obligation",
                          "t89"."municipality",
                          "t89"."early_followup_request_date",
                          "t89"."education_order",
                          "t89"."periods",
                          "t89"."window_start",
                          "t89"."in_force",
                          "t89"."_end_unconfirmed",
                          "t89"."_plain",
                          "t89"."_needed",
                          "t93"."_ipid",
                          "t93"."_ibenefit",
                          "t93"."_istart",
                          "t93"."_i_start",
                          "t93"."_i_end",
                          "t93"."_cum"
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
                            (
                              CASE
                                WHEN "t82"."window_start" >= MAKE_DATE(2026, 7, 1)
                                THEN CAST(NULL AS BIGINT)
                                WHEN "t82"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN 6
                                ELSE CAST(NULL AS BIGINT)
                              END IS NOT NULL
                            )
                            AND COALESCE(
                              ARRAY_CONTAINS(
                                CASE
                                  WHEN "t82"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN ['dagpenge', 'kontanthjaelp']
                                  ELSE CAST(NULL AS TEXT[])
                                END,
                                "t82"."benefit"
                              ),
                              FALSE
                            )
                            AND (
                              (
                                "t82"."target_group" IS NULL
                              )
                              OR COALESCE(
                                ARRAY_CONTAINS(
                                  CASE
                                    WHEN "t82"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN ['jobparat', 'aktivitetsparat']
                                    ELSE CAST(NULL AS TEXT[])
                                  END,
                                  "t82"."target_group"
                                ),
                                FALSE
                              )
                            ) AS "in_force",
                            COALESCE(
                              (
                                CASE
                                  WHEN "t82"."window_start" >= MAKE_DATE(2026, 7, 1)
                                  THEN CAST(NULL AS BIGINT)
                                  WHEN "t82"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN 6
                                  ELSE CAST(NULL AS BIGINT)
                                END IS NULL
                              )
                              AND COALESCE(
                                ARRAY_CONTAINS(
                                  CASE
                                    WHEN "t82"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                  "t82"."benefit"
                                )
                                OR ARRAY_CONTAINS(
                                  CASE
                                    WHEN "t82"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                  CASE WHEN "t82"."benefit" IS NULL THEN NULL ELSE CONCAT("t82"."benefit", ':') END || COALESCE("t82"."target_group", '')
                                ),
                                FALSE
                              ),
                              FALSE
                            ) AS "_end_unconfirmed",
                            CAST(CAST("t82"."window_start" + TO_MONTHS(
                              COALESCE(
                                CASE
                                  WHEN "t82"."window_start" >= MAKE_DATE(2026, 7, 1)
                                  THEN CAST(NULL AS BIGINT)
                                  WHEN "t82"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN 6
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE) AS "_plain",
                            DATE_DIFF(
                              'DAY',
                              "t82"."window_start",
                              CAST(CAST("t82"."window_start" + TO_MONTHS(
                                COALESCE(
                                  CASE
                                    WHEN "t82"."window_start" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t82"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 6
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE)
                            ) AS "_needed"
                          FROM "t81" AS "t82"
                        ) AS "t89"
                        LEFT OUTER JOIN (
                          SELECT
                            "t90"."person_id" AS "_ipid",
                            "t90"."benefit" AS "_ibenefit",
                            "t90"."start_date" AS "_istart",
                            "t90"."i_start" AS "_i_start",
                            "t90"."i_end" AS "_i_end",
                            "t90"."cum_before" AS "_cum"
                          FROM (
                            SELECT
                              "t86"."person_id",
                              "t86"."benefit",
                              "t86"."_key" AS "start_date",
                              "t86"."i_start",
                              "t86"."i_end",
                              CAST(COALESCE(
                                SUM("t86"."_len") OVER (
                                  PARTITION BY "t86"."person_id", "t86"."benefit", "t86"."_key"
                                  ORDER BY "t86"."i_start" ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                ),
                                0
                              ) AS INT) AS "cum_before"
                            FROM (
                              SELECT
                                "t83"."person_id",
                                "t83"."benefit",
                                "t83"."_key",
                                "t83"."_island",
                                "t83"."i_start",
                                "t83"."i_end",
                                CASE
                                  WHEN "t83"."i_end" = MAKE_DATE(9999, 12, 31)
                                  THEN 0
                                  ELSE DATE_DIFF('DAY', "t83"."i_start", "t83"."i_end") + 1
                                END AS "_len"
                              FROM (
                                SELECT
                                  "t80"."person_id",
                                  "t80"."benefit",
                                  "t80"."_key",
                                  "t80"."_island",
                                  MIN("t80"."start_date") AS "i_start",
                                  MAX("t80"."_end") AS "i_end"
                                FROM (
                                  SELECT
                                    "t79"."person_id",
                                    "t79"."benefit",
                                    "t79"."start_date",
                                    "t79"."_end",
                                    "t79"."_key",
                                    "t79"."_acc",
                                    "t79"."_rid",
                                    "t79"."early_followup_request_date",
                                    "t79"."education_order",
                                    "t79"."_new",
                                    SUM("t79"."_new") OVER (
                                      PARTITION BY "t79"."person_id", "t79"."benefit", "t79"."_key"
                                      ORDER BY "t79"."start_date" ASC, "t79"."_end" ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ) AS "_island"
                                  FROM (
                                    SELECT
                                      "t75"."person_id",
                                      "t75"."benefit",
                                      "t75"."start_date",
                                      "t75"."_end",
                                      "t75"."_key",
                                      "t75"."_acc",
                                      "t75"."_rid",
                                      "t75"."early_followup_request_date",
                                      "t75"."education_order",
                                      CASE
                                        WHEN MAX("t75"."_end") OVER (
                                          PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                          ORDER BY "t75"."start_date" ASC, "t75"."_end" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                        ) IS NULL
                                        THEN 1
                                        WHEN "t75"."start_date" > CAST(CAST(MAX("t75"."_end") OVER (
                                          PARTITION BY "t75"."person_id", "t75"."benefit", "t75"."_key"
                                          ORDER BY "t75"."start_date" ASC, "t75"."_end" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                        THEN 1
                                        ELSE 0
                                      END AS "_new"
                                    FROM (
                                      SELECT
                                        *
                                      FROM "t73" AS "t74"
                                      WHERE
                                        "t74"."_acc"
                                    ) AS "t75"
                                  ) AS "t79"
                                ) AS "t80"
                                GROUP BY
                                  1,
                                  2,
                                  3,
                                  4
                              ) AS "t83"
                            ) AS "t86"
                          ) AS "t90"
                        ) AS "t93"
                          ON "t89"."person_id" = "t93"."_ipid"
                          AND "t89"."benefit" = "t93"."_ibenefit"
                          AND "t89"."start_date" = "t93"."_istart"
                          AND "t93"."_cum" < "t89"."_needed"
                          AND (
                            (
                              "t93"."_i_end" = MAKE_DATE(9999, 12, 31)
                            )
                            OR (
                              (
                                "t93"."_cum" + DATE_DIFF('DAY', "t93"."_i_start", "t93"."_i_end") + 1
                              ) >= "t89"."_needed"
                            )
                          )
                      ) AS "t96"
                    ) AS "t97"
                  ) AS "t98"
                ) AS "t101"
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
                  ON "t101"."person_id" = "t8"."_pid"
                  AND "t8"."_ex_start" <= "t101"."_day"
                  AND "t8"."_ex_end" >= "t101"."_day"
              ) AS "t102"
              GROUP BY
                1,
                2,
                3
            ) AS "t104"
              ON "t99"."person_id" = "t104"."person_id"
              AND "t99"."benefit" = "t104"."benefit"
              AND "t99"."start_date" = "t104"."start_date"
          ) AS "t105"
        ) AS "t106"
      ) AS "t108"
      LEFT OUTER JOIN (
        SELECT
          "t91"."person_id",
          "t91"."benefit",
          "t91"."start_date",
          MIN("t91"."_start") AS "fulfilled_date",
          FIRST("t91"."_kind" ORDER BY "t91"."_start") AS "offer_kind",
          FIRST("t91"."_end" ORDER BY "t91"."_start") AS "offer_end"
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
              "t7"."_pid",
              "t7"."_kind",
              "t7"."_start",
              "t7"."_end"
            FROM (
              SELECT
                "t82"."person_id",
                "t82"."benefit",
                "t82"."start_date",
                "t82"."window_start" AS "_ws",
                COALESCE("t82"."end_date", CAST($as_of AS DATE)) AS "_last"
              FROM "t81" AS "t82"
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
            ) AS "t7"
              ON "t85"."person_id" = "t7"."_pid"
              AND "t7"."_start" >= "t85"."_ws"
              AND "t7"."_start" <= "t85"."_last"
          ) AS "t87"
          WHERE
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t87"."_ws" >= MAKE_DATE(2020, 1, 1)
                  THEN [
                    'virksomhedspraktik',
                    'loentilskud',
                    'vejledning_opkvalificering',
                    'nytteindsats'
                  ]
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t87"."_kind"
              ),
              FALSE
            )
            AND (
              DATE_DIFF('DAY', "t87"."_start", "t87"."_end") + 1
            ) >= (
              CASE WHEN "t87"."_ws" >= MAKE_DATE(2020, 1, 1) THEN 2 ELSE CAST(NULL AS BIGINT) END * 7
            )
        ) AS "t91"
        GROUP BY
          1,
          2,
          3
      ) AS "t95"
        ON "t108"."person_id" = "t95"."person_id"
        AND "t108"."benefit" = "t95"."benefit"
        AND "t108"."start_date" = "t95"."start_date"
    ) AS "t109"
  ) AS "t110"
) AS "t111"
