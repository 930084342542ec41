WITH "t10" AS (
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
), "t13" AS (
  SELECT
    "t11"."person_id",
    COUNT(*) AS "_rows"
  FROM "t10" AS "t11"
  GROUP BY
    1
), "t27" AS (
  SELECT
    *
  FROM (
    SELECT
      "t25"."person_id",
      "t25"."benefit",
      "t25"."start_date",
      "t25"."target_group",
      "t25"."early_followup_request_date",
      "t25"."education_order",
      "t25"."_rid",
      "t25"."_end",
      "t25"."_acc",
      "t25"."_new",
      "t25"."_spell_start"
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
        "t24"."_switch",
        "t24"."_run",
        "t24"."_new",
        MAX(CASE WHEN "t24"."_new" = 1 THEN "t24"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
          PARTITION BY "t24"."person_id"
          ORDER BY "t24"."start_date" ASC, "t24"."benefit" ASC, "t24"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_spell_start"
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
          CASE
            WHEN (
              "t23"."_switch" = 1
            )
            OR (
              (
                MAX("t23"."_end") OVER (
                  PARTITION BY "t23"."person_id", "t23"."_run"
                  ORDER BY "t23"."start_date" ASC, "t23"."benefit" ASC, "t23"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) IS NOT NULL
              )
              AND (
                MAX("t23"."_end") OVER (
                  PARTITION BY "t23"."person_id", "t23"."_run"
                  ORDER BY "t23"."start_date" ASC, "t23"."benefit" ASC, "t23"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) < MAKE_DATE(9999, 12, 31)
              )
              AND (
                "t23"."start_date" > CAST(CAST(MAX("t23"."_end") OVER (
                  PARTITION BY "t23"."person_id", "t23"."_run"
                  ORDER BY "t23"."start_date" ASC, "t23"."benefit" ASC, "t23"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
              )
              AND (
                COALESCE(
                  ARRAY_CONTAINS(
                    CASE
                      WHEN "t23"."start_date" >= MAKE_DATE(2020, 1, 1)
                      THEN ['sygedagpenge']
                      ELSE CAST(NULL AS TEXT[])
                    END,
                    "t23"."benefit"
                  ),
                  FALSE
                )
                OR (
                  (
                    CASE
                      WHEN "t23"."start_date" >= MAKE_DATE(2020, 1, 1)
                      THEN 1
                      ELSE CAST(NULL AS BIGINT)
                    END IS NOT NULL
                  )
                  AND (
                    "t23"."start_date" >= CAST(CAST(CASE
                      WHEN EXTRACT(day FROM CAST(CAST(MAX("t23"."_end") OVER (
                        PARTITION BY "t23"."person_id", "t23"."_run"
                        ORDER BY "t23"."start_date" ASC, "t23"."benefit" ASC, "t23"."_end" ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                      THEN CAST(CAST(MAX("t23"."_end") OVER (
                        PARTITION BY "t23"."person_id", "t23"."_run"
                        ORDER BY "t23"."start_date" ASC, "t23"."benefit" ASC, "t23"."_end" ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                      ELSE CAST(CAST(DATE_TRUNC(
                        'MONTH',
                        CAST(CAST(MAX("t23"."_end") OVER (
                          PARTITION BY "t23"."person_id", "t23"."_run"
                          ORDER BY "t23"."start_date" ASC, "t23"."benefit" ASC, "t23"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                      ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                    END + TO_MONTHS(
                      COALESCE(
                        CASE
                          WHEN "t23"."start_date" >= MAKE_DATE(2020, 1, 1)
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
                  WHEN "t23"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                  ELSE CAST(NULL AS TEXT[])
                END,
                LAG("t23"."target_group") OVER (
                  PARTITION BY "t23"."person_id", "t23"."_run"
                  ORDER BY "t23"."start_date" ASC, "t23"."benefit" ASC, "t23"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) || CASE
                  WHEN "t23"."target_group" IS NULL
                  THEN NULL
                  ELSE CONCAT('>', "t23"."target_group")
                END
              ),
              FALSE
            )
            THEN 1
            ELSE 0
          END AS "_new"
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
            SUM("t22"."_switch") OVER (
              PARTITION BY "t22"."person_id"
              ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
            ) AS "_run"
          FROM (
            SELECT
              "t20"."person_id",
              "t20"."benefit",
              "t20"."start_date",
              "t20"."target_group",
              "t20"."early_followup_request_date",
              "t20"."education_order",
              "t20"."_rid",
              "t20"."_end",
              "t20"."_acc",
              CASE
                WHEN LAG("t20"."benefit") OVER (
                  PARTITION BY "t20"."person_id"
                  ORDER BY "t20"."start_date" ASC, "t20"."benefit" ASC, "t20"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) IS NULL
                THEN 1
                WHEN LAG("t20"."benefit") OVER (
                  PARTITION BY "t20"."person_id"
                  ORDER BY "t20"."start_date" ASC, "t20"."benefit" ASC, "t20"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) <> "t20"."benefit"
                THEN 1
                ELSE 0
              END AS "_switch"
            FROM (
              SELECT
                "t12"."person_id",
                "t12"."benefit",
                "t12"."start_date",
                "t12"."target_group",
                "t12"."early_followup_request_date",
                "t12"."education_order",
                "t12"."_rid",
                "t12"."_end",
                "t12"."_acc"
              FROM "t10" AS "t12"
              SEMI JOIN (
                SELECT
                  *
                FROM "t13" AS "t14"
                WHERE
                  "t14"."_rows" > 1
              ) AS "t18"
                ON "t12"."person_id" = "t18"."person_id"
            ) AS "t20"
          ) AS "t22"
        ) AS "t23"
      ) AS "t24"
    ) AS "t25"
  ) AS "t26"
  UNION ALL
  SELECT
    *
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
      1 AS "_new",
      "t19"."start_date" AS "_spell_start"
    FROM (
      SELECT
        "t12"."person_id",
        "t12"."benefit",
        "t12"."start_date",
        "t12"."target_group",
        "t12"."early_followup_request_date",
        "t12"."education_order",
        "t12"."_rid",
        "t12"."_end",
        "t12"."_acc"
      FROM "t10" AS "t12"
      SEMI JOIN (
        SELECT
          *
        FROM "t13" AS "t14"
        WHERE
          "t14"."_rows" = 1
      ) AS "t17"
        ON "t12"."person_id" = "t17"."person_id"
    ) AS "t19"
  ) AS "t21"
), "t29" AS (
  SELECT
    *
  FROM "t27" AS "t28"
  WHERE
    "t28"."_acc"
), "t33" AS (
  SELECT
    "t31"."person_id",
    "t31"."benefit",
    MIN("t31"."start_date") AS "c1"
  FROM "t29" AS "t31"
  GROUP BY
    1,
    2
), "t42" AS (
  SELECT
    "t41"."person_id",
    "t41"."benefit",
    "t41"."c1",
    "t41"."c2"
  FROM (
    SELECT
      "t35"."person_id",
      "t35"."benefit",
      "t35"."c1",
      "t40"."person_id" AS "person_id_right",
      "t40"."benefit" AS "benefit_right",
      "t40"."c2"
    FROM "t33" AS "t35"
    LEFT OUTER JOIN (
      SELECT
        "t38"."person_id",
        "t38"."benefit",
        MIN("t38"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t32"."person_id",
            "t32"."benefit",
            "t32"."start_date",
            "t32"."target_group",
            "t32"."early_followup_request_date",
            "t32"."education_order",
            "t32"."_rid",
            "t32"."_end",
            "t32"."_acc",
            "t32"."_new",
            "t32"."_spell_start",
            "t36"."c1"
          FROM "t29" AS "t32"
          INNER JOIN "t33" AS "t36"
            ON "t32"."person_id" = "t36"."person_id" AND "t32"."benefit" = "t36"."benefit"
        ) AS "t37"
        WHERE
          "t37"."start_date" >= CAST(CAST("t37"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t37"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t38"
      GROUP BY
        1,
        2
    ) AS "t40"
      ON "t35"."person_id" = "t40"."person_id" AND "t35"."benefit" = "t40"."benefit"
  ) AS "t41"
), "t51" AS (
  SELECT
    "t50"."person_id",
    "t50"."benefit",
    "t50"."c1",
    "t50"."c2",
    "t50"."c3"
  FROM (
    SELECT
      "t44"."person_id",
      "t44"."benefit",
      "t44"."c1",
      "t44"."c2",
      "t49"."person_id" AS "person_id_right",
      "t49"."benefit" AS "benefit_right",
      "t49"."c3"
    FROM "t42" AS "t44"
    LEFT OUTER JOIN (
      SELECT
        "t47"."person_id",
        "t47"."benefit",
        MIN("t47"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t32"."person_id",
            "t32"."benefit",
            "t32"."start_date",
            "t32"."target_group",
            "t32"."early_followup_request_date",
            "t32"."education_order",
            "t32"."_rid",
            "t32"."_end",
            "t32"."_acc",
            "t32"."_new",
            "t32"."_spell_start",
            "t45"."c1",
            "t45"."c2"
          FROM "t29" AS "t32"
          INNER JOIN "t42" AS "t45"
            ON "t32"."person_id" = "t45"."person_id" AND "t32"."benefit" = "t45"."benefit"
        ) AS "t46"
        WHERE
          "t46"."start_date" >= CAST(CAST("t46"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t46"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t47"
      GROUP BY
        1,
        2
    ) AS "t49"
      ON "t44"."person_id" = "t49"."person_id" AND "t44"."benefit" = "t49"."benefit"
  ) AS "t50"
), "t83" AS (
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
    "t79"."periods"
  FROM (
    SELECT
      *
    FROM (
      SELECT
        "t76"."person_id",
        "t76"."benefit",
        "t76"."_key" AS "start_date",
        CASE
          WHEN "t76"."_end" = MAKE_DATE(9999, 12, 31)
          THEN CAST(NULL AS DATE)
          ELSE "t76"."_end"
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
        "t76"."early_followup_request_date",
        "t76"."education_order",
        "t76"."periods"
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
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t28"."person_id",
              "t28"."benefit",
              "t28"."start_date",
              "t28"."_end",
              "t28"."_spell_start" AS "_key",
              "t28"."_acc",
              "t28"."_rid",
              "t28"."early_followup_request_date",
              "t28"."education_order"
            FROM "t27" AS "t28"
            WHERE
              NOT (
                "t28"."_acc"
              )
          ) AS "t30"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              "t72"."person_id",
              "t72"."benefit",
              "t72"."start_date",
              "t72"."_end",
              "t72"."_key",
              "t72"."_acc",
              "t72"."_rid",
              "t72"."early_followup_request_date",
              "t72"."education_order"
            FROM (
              SELECT
                "t71".*
                EXCLUDE ("c1", "c2", "c3", "c4", "c5")
              FROM (
                SELECT
                  "t70"."person_id",
                  "t70"."benefit",
                  "t70"."start_date",
                  "t70"."target_group",
                  "t70"."early_followup_request_date",
                  "t70"."education_order",
                  "t70"."_rid",
                  "t70"."_end",
                  "t70"."_acc",
                  "t70"."_new",
                  "t70"."_spell_start",
                  "t70"."c1",
                  "t70"."c2",
                  "t70"."c3",
                  "t70"."c4",
                  "t70"."c5",
                  GREATEST(
                    CASE
                      WHEN "t70"."c1" <= "t70"."start_date"
                      THEN "t70"."c1"
                      ELSE CAST(NULL AS DATE)
                    END,
                    CASE
                      WHEN "t70"."c2" <= "t70"."start_date"
                      THEN "t70"."c2"
                      ELSE CAST(NULL AS DATE)
                    END,
                    CASE
                      WHEN "t70"."c3" <= "t70"."start_date"
                      THEN "t70"."c3"
                      ELSE CAST(NULL AS DATE)
                    END,
                    CASE
                      WHEN "t70"."c4" <= "t70"."start_date"
                      THEN "t70"."c4"
                      ELSE CAST(NULL AS DATE)
                    END,
                    CASE
                      WHEN "t70"."c5" <= "t70"."start_date"
                      THEN "t70"."c5"
                      ELSE CAST(NULL AS DATE)
                    END
                  ) AS "_key"
                FROM (
                  SELECT
                    "t32"."person_id",
                    "t32"."benefit",
                    "t32"."start_date",
                    "t32"."target_group",
                    "t32"."early_followup_request_date",
                    "t32"."education_order",
                    "t32"."_rid",
                    "t32"."_end",
                    "t32"."_acc",
                    "t32"."_new",
                    "t32"."_spell_start",
                    "t69"."c1",
                    "t69"."c2",
                    "t69"."c3",
                    "t69"."c4",
                    "t69"."c5"
                  FROM "t29" AS "t32"
                  INNER JOIN (
                    SELECT
                      "t67".*
                      EXCLUDE ("benefit_right", "person_id_right")
                    FROM (
                      SELECT
                        "t61"."person_id",
                        "t61"."benefit",
                        "t61"."c1",
                        "t61"."c2",
                        "t61"."c3",
                        "t61"."c4",
                        "t66"."person_id" AS "person_id_right",
                        "t66"."benefit" AS "benefit_right",
                        "t66"."c5"
                      FROM (
                        SELECT
                          "t59".*
                          EXCLUDE ("benefit_right", "person_id_right")
                        FROM (
                          SELECT
                            "t53"."person_id",
                            "t53"."benefit",
                            "t53"."c1",
                            "t53"."c2",
                            "t53"."c3",
                            "t58"."person_id" AS "person_id_right",
                            "t58"."benefit" AS "benefit_right",
                            "t58"."c4"
                          FROM "t51" AS "t53"
                          LEFT OUTER JOIN (
                            SELECT
                              "t56"."person_id",
                              "t56"."benefit",
                              MIN("t56"."start_date") AS "c4"
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t32"."person_id",
                                  "t32"."benefit",
                                  "t32"."start_date",
                                  "t32"."target_group",
                                  "t32"."early_followup_request_date",
                                  "t32"."education_order",
                                  "t32"."_rid",
                                  "t32"."_end",
                                  "t32"."_acc",
                                  "t32"."_new",
                                  "t32"."_spell_start",
                                  "t54"."c1",
                                  "t54"."c2",
                                  "t54"."c3"
                                FROM "t29" AS "t32"
                                INNER JOIN "t51" AS "t54"
                                  ON "t32"."person_id" = "t54"."person_id" AND "t32"."benefit" = "t54"."benefit"
                              ) AS "t55"
                              WHERE
                                "t55"."start_date" >= CAST(CAST("t55"."c3" + TO_MONTHS(
                                  COALESCE(
                                    CASE WHEN "t55"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE)
                            ) AS "t56"
                            GROUP BY
                              1,
                              2
                          ) AS "t58"
                            ON "t53"."person_id" = "t58"."person_id" AND "t53"."benefit" = "t58"."benefit"
                        ) AS "t59"
                      ) AS "t61"
                      LEFT OUTER JOIN (
                        SELECT
                          "t64"."person_id",
                          "t64"."benefit",
                          MIN("t64"."start_date") AS "c5"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t32"."person_id",
                              "t32"."benefit",
                              "t32"."start_date",
                              "t32"."target_group",
                              "t32"."early_followup_request_date",
                              "t32"."education_order",
                              "t32"."_rid",
                              "t32"."_end",
                              "t32"."_acc",
                              "t32"."_new",
                              "t32"."_spell_start",
                              "t62"."c1",
                              "t62"."c2",
                              "t62"."c3",
                              "t62"."c4"
                            FROM "t29" AS "t32"
                            INNER JOIN (
                              SELECT
                                "t59".*
                                EXCLUDE ("benefit_right", "person_id_right")
                              FROM (
                                SELECT
                                  "t53"."person_id",
                                  "t53"."benefit",
                                  "t53"."c1",
                                  "t53"."c2",
                                  "t53"."c3",
                                  "t58"."person_id" AS "person_id_right",
                                  "t58"."benefit" AS "benefit_right",
                                  "t58"."c4"
                                FROM "t51" AS "t53"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t56"."person_id",
                                    "t56"."benefit",
                                    MIN("t56"."start_date") AS "c4"
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        "t32"."person_id",
                                        "t32"."benefit",
                                        "t32"."start_date",
                                        "t32"."target_group",
                                        "t32"."early_followup_request_date",
                                        "t32"."education_order",
                                        "t32"."_rid",
                                        "t32"."_end",
                                        "t32"."_acc",
                                        "t32"."_new",
                                        "t32"."_spell_start",
                                        "t54"."c1",
                                        "t54"."c2",
                                        "t54"."c3"
                                      FROM "t29" AS "t32"
                                      INNER JOIN "t51" AS "t54"
                                        ON "t32"."person_id" = "t54"."person_id" AND "t32"."benefit" = "t54"."benefit"
                                    ) AS "t55"
                                    WHERE
                                      "t55"."start_date" >= CAST(CAST("t55"."c3" + TO_MONTHS(
                                        COALESCE(
                                          CASE WHEN "t55"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE)
                                  ) AS "t56"
                                  GROUP BY
                                    1,
                                    2
                                ) AS "t58"
                                  ON "t53"."person_id" = "t58"."person_id" AND "t53"."benefit" = "t58"."benefit"
                              ) AS "t59"
                            ) AS "t62"
                              ON "t32"."person_id" = "t62"."person_id" AND "t32"."benefit" = "t62"."benefit"
                          ) AS "t63"
                          WHERE
                            "t63"."start_date" >= CAST(CAST("t63"."c4" + TO_MONTHS(
                              COALESCE(
                                CASE WHEN "t63"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE)
                        ) AS "t64"
                        GROUP BY
                          1,
                          2
                      ) AS "t66"
                        ON "t61"."person_id" = "t66"."person_id" AND "t61"."benefit" = "t66"."benefit"
                    ) AS "t67"
                  ) AS "t69"
                    ON "t32"."person_id" = "t69"."person_id" AND "t32"."benefit" = "t69"."benefit"
                ) AS "t70"
              ) AS "t71"
            ) AS "t72"
          ) AS "t73"
        ) AS "t74"
        GROUP BY
          1,
          2,
          3
      ) AS "t76"
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
        ON "t76"."_first" = "t5"."_frid"
    ) AS "t77"
    WHERE
      "t77"."benefit" IN ('dagpenge')
  ) AS "t79"
  ANTI JOIN (
    SELECT
      "t80"."person_id" AS "_k_person_id",
      "t80"."benefit" AS "_k_benefit",
      "t80"."start_date" AS "_k_start_date"
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
        "t79"."periods"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t76"."person_id",
            "t76"."benefit",
            "t76"."_key" AS "start_date",
            CASE
              WHEN "t76"."_end" = MAKE_DATE(9999, 12, 31)
              THEN CAST(NULL AS DATE)
              ELSE "t76"."_end"
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
            "t76"."early_followup_request_date",
            "t76"."education_order",
            "t76"."periods"
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
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  "t28"."person_id",
                  "t28"."benefit",
                  "t28"."start_date",
                  "t28"."_end",
                  "t28"."_spell_start" AS "_key",
                  "t28"."_acc",
                  "t28"."_rid",
                  "t28"."early_followup_request_date",
                  "t28"."education_order"
                FROM "t27" AS "t28"
                WHERE
                  NOT (
                    "t28"."_acc"
                  )
              ) AS "t30"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t72"."person_id",
                  "t72"."benefit",
                  "t72"."start_date",
                  "t72"."_end",
                  "t72"."_key",
                  "t72"."_acc",
                  "t72"."_rid",
                  "t72"."early_followup_request_date",
                  "t72"."education_order"
                FROM (
                  SELECT
                    "t71".*
                    EXCLUDE ("c1", "c2", "c3", "c4", "c5")
                  FROM (
                    SELECT
                      "t70"."person_id",
                      "t70"."benefit",
                      "t70"."start_date",
                      "t70"."target_group",
                      "t70"."early_followup_request_date",
                      "t70"."education_order",
                      "t70"."_rid",
                      "t70"."_end",
                      "t70"."_acc",
                      "t70"."_new",
                      "t70"."_spell_start",
                      "t70"."c1",
                      "t70"."c2",
                      "t70"."c3",
                      "t70"."c4",
                      "t70"."c5",
                      GREATEST(
                        CASE
                          WHEN "t70"."c1" <= "t70"."start_date"
                          THEN "t70"."c1"
                          ELSE CAST(NULL AS DATE)
                        END,
                        CASE
                          WHEN "t70"."c2" <= "t70"."start_date"
                          THEN "t70"."c2"
                          ELSE CAST(NULL AS DATE)
                        END,
                        CASE
                          WHEN "t70"."c3" <= "t70"."start_date"
                          THEN "t70"."c3"
                          ELSE CAST(NULL AS DATE)
                        END,
                        CASE
                          WHEN "t70"."c4" <= "t70"."start_date"
                          THEN "t70"."c4"
                          ELSE CAST(NULL AS DATE)
                        END,
                        CASE
                          WHEN "t70"."c5" <= "t70"."start_date"
                          THEN "t70"."c5"
                          ELSE CAST(NULL AS DATE)
                        END
                      ) AS "_key"
                    FROM (
                      SELECT
                        "t32"."person_id",
                        "t32"."benefit",
                        "t32"."start_date",
                        "t32"."target_group",
                        "t32"."early_followup_request_date",
                        "t32"."education_order",
                        "t32"."_rid",
                        "t32"."_end",
                        "t32"."_acc",
                        "t32"."_new",
                        "t32"."_spell_start",
                        "t69"."c1",
                        "t69"."c2",
                        "t69"."c3",
                        "t69"."c4",
                        "t69"."c5"
                      FROM "t29" AS "t32"
                      INNER JOIN (
                        SELECT
                          "t67".*
                          EXCLUDE ("benefit_right", "person_id_right")
                        FROM (
                          SELECT
                            "t61"."person_id",
                            "t61"."benefit",
                            "t61"."c1",
                            "t61"."c2",
                            "t61"."c3",
                            "t61"."c4",
                            "t66"."person_id" AS "person_id_right",
                            "t66"."benefit" AS "benefit_right",
                            "t66"."c5"
                          FROM (
                            SELECT
                              "t59".*
                              EXCLUDE ("benefit_right", "person_id_right")
                            FROM (
                              SELECT
                                "t53"."person_id",
                                "t53"."benefit",
                                "t53"."c1",
                                "t53"."c2",
                                "t53"."c3",
                                "t58"."person_id" AS "person_id_right",
                                "t58"."benefit" AS "benefit_right",
                                "t58"."c4"
                              FROM "t51" AS "t53"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t56"."person_id",
                                  "t56"."benefit",
                                  MIN("t56"."start_date") AS "c4"
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t32"."person_id",
                                      "t32"."benefit",
                                      "t32"."start_date",
                                      "t32"."target_group",
                                      "t32"."early_followup_request_date",
                                      "t32"."education_order",
                                      "t32"."_rid",
                                      "t32"."_end",
                                      "t32"."_acc",
                                      "t32"."_new",
                                      "t32"."_spell_start",
                                      "t54"."c1",
                                      "t54"."c2",
                                      "t54"."c3"
                                    FROM "t29" AS "t32"
                                    INNER JOIN "t51" AS "t54"
                                      ON "t32"."person_id" = "t54"."person_id" AND "t32"."benefit" = "t54"."benefit"
                                  ) AS "t55"
                                  WHERE
                                    "t55"."start_date" >= CAST(CAST("t55"."c3" + TO_MONTHS(
                                      COALESCE(
                                        CASE WHEN "t55"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE)
                                ) AS "t56"
                                GROUP BY
                                  1,
                                  2
                              ) AS "t58"
                                ON "t53"."person_id" = "t58"."person_id" AND "t53"."benefit" = "t58"."benefit"
                            ) AS "t59"
                          ) AS "t61"
                          LEFT OUTER JOIN (
                            SELECT
                              "t64"."person_id",
                              "t64"."benefit",
                              MIN("t64"."start_date") AS "c5"
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t32"."person_id",
                                  "t32"."benefit",
                                  "t32"."start_date",
                                  "t32"."target_group",
                                  "t32"."early_followup_request_date",
                                  "t32"."education_order",
                                  "t32"."_rid",
                                  "t32"."_end",
                                  "t32"."_acc",
                                  "t32"."_new",
                                  "t32"."_spell_start",
                                  "t62"."c1",
                                  "t62"."c2",
                                  "t62"."c3",
                                  "t62"."c4"
                                FROM "t29" AS "t32"
                                INNER JOIN (
                                  SELECT
                                    "t59".*
                                    EXCLUDE ("benefit_right", "person_id_right")
                                  FROM (
                                    SELECT
                                      "t53"."person_id",
                                      "t53"."benefit",
                                      "t53"."c1",
                                      "t53"."c2",
                                      "t53"."c3",
                                      "t58"."person_id" AS "person_id_right",
                                      "t58"."benefit" AS "benefit_right",
                                      "t58"."c4"
                                    FROM "t51" AS "t53"
                                    LEFT OUTER JOIN (
                                      SELECT
                                        "t56"."person_id",
                                        "t56"."benefit",
                                        MIN("t56"."start_date") AS "c4"
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            "t32"."person_id",
                                            "t32"."benefit",
                                            "t32"."start_date",
                                            "t32"."target_group",
                                            "t32"."early_followup_request_date",
                                            "t32"."education_order",
                                            "t32"."_rid",
                                            "t32"."_end",
                                            "t32"."_acc",
                                            "t32"."_new",
                                            "t32"."_spell_start",
                                            "t54"."c1",
                                            "t54"."c2",
                                            "t54"."c3"
                                          FROM "t29" AS "t32"
                                          INNER JOIN "t51" AS "t54"
                                            ON "t32"."person_id" = "t54"."person_id" AND "t32"."benefit" = "t54"."benefit"
                                        ) AS "t55"
                                        WHERE
                                          "t55"."start_date" >= CAST(CAST("t55"."c3" + TO_MONTHS(
                                            COALESCE(
                                              CASE WHEN "t55"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                              0
                                            )
                                          ) AS TIMESTAMP) AS DATE)
                                      ) AS "t56"
                                      GROUP BY
                                        1,
                                        2
                                    ) AS "t58"
                                      ON "t53"."person_id" = "t58"."person_id" AND "t53"."benefit" = "t58"."benefit"
                                  ) AS "t59"
                                ) AS "t62"
                                  ON "t32"."person_id" = "t62"."person_id" AND "t32"."benefit" = "t62"."benefit"
                              ) AS "t63"
                              WHERE
                                "t63"."start_date" >= CAST(CAST("t63"."c4" + TO_MONTHS(
                                  COALESCE(
                                    CASE WHEN "t63"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE)
                            ) AS "t64"
                            GROUP BY
                              1,
                              2
                          ) AS "t66"
                            ON "t61"."person_id" = "t66"."person_id" AND "t61"."benefit" = "t66"."benefit"
                        ) AS "t67"
                      ) AS "t69"
                        ON "t32"."person_id" = "t69"."person_id" AND "t32"."benefit" = "t69"."benefit"
                    ) AS "t70"
                  ) AS "t71"
                ) AS "t72"
              ) AS "t73"
            ) AS "t74"
            GROUP BY
              1,
              2,
              3
          ) AS "t76"
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
            ON "t76"."_first" = "t5"."_frid"
        ) AS "t77"
        WHERE
          "t77"."benefit" IN ('dagpenge')
      ) AS "t79"
      SEMI JOIN (
        SELECT
          "t1"."person_id" AS "_mpid",
          "t1"."start_date" AS "_mstart"
        FROM "benefit_periods" AS "t1"
        WHERE
          "t1"."benefit" = 'dagpenge' AND COALESCE("t1"."jobcentre_course", FALSE)
      ) AS "t8"
        ON "t79"."person_id" = "t8"."_mpid"
        AND "t8"."_mstart" >= "t79"."start_date"
        AND (
          (
            "t79"."end_date" IS NULL
          ) OR (
            "t8"."_mstart" <= "t79"."end_date"
          )
        )
    ) AS "t80"
    WHERE
      CASE
        WHEN "t80"."start_date" >= MAKE_DATE(2026, 7, 1)
        THEN CAST(NULL AS BIGINT)
        WHEN "t80"."start_date" >= MAKE_DATE(2024, 1, 1)
        THEN 6
        WHEN "t80"."start_date" >= MAKE_DATE(2020, 1, 1)
        THEN CAST(NULL AS BIGINT)
        ELSE CAST(NULL AS BIGINT)
      END IS NOT NULL
  ) AS "t82"
    ON "t79"."person_id" = "t82"."_k_person_id"
    AND "t79"."benefit" = "t82"."_k_benefit"
    AND "t79"."start_date" = "t82"."_k_start_date"
)
SELECT
  "t95"."person_id",
  "t95"."benefit",
  'first_interview' AS "kind",
  'dagpenge_akasse_first_interview' AS "rule_id",
  '1.1.0' AS "rule_version",
  CASE
    WHEN "t95"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'STAR – Generelle spørgsmål og svar om reformen (a-kassernes 75 %-krav; det enkelte personkrav ikke nævnt)'
    WHEN "t95"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31, stk. 4 (LBK nr. 280 af 2024) – a-kassens første jobsamtale senest 2 uger efter tilmelding'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t95"."window_start",
  CASE
    WHEN COALESCE("t95"."is_applicable", FALSE)
    THEN "t95"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t95"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t95"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t95"."fulfilled_date" <= "t95"."due_date"
    )
    THEN 'met'
    WHEN "t95"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t95"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t95"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t95"."is_applicable", FALSE)
    THEN "t95"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t95"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t95"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t95"."fulfilled_date" > "t95"."due_date"
    )
    THEN DATE_DIFF('DAY', "t95"."due_date", "t95"."fulfilled_date")
    WHEN NOT (
      "t95"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t95"."is_exempt", FALSE)
    )
    AND (
      "t95"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t95"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t95"."is_applicable", FALSE)
              THEN "t95"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t95"."window_start"
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
              WHEN COALESCE("t95"."is_applicable", FALSE)
              THEN "t95"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t95"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'dagpenge_akasse_first_interview'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t95"."evidence", '') AS "evidence"
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
    "t94"."_days",
    "t94"."due_date",
    "t94"."fulfilled_date",
    "t94"."held_text",
    (
      "t94"."_days" IS NOT NULL
    )
    AND (
      (
        SELECT
          COUNT(*) AS "CountStar()"
        FROM (
          SELECT
            *
          FROM "conversations" AS "t0"
          WHERE
            "t0"."held_by" = 'akasse' AND "t0"."date" <= CAST($as_of AS DATE)
        ) AS "t3"
      ) > 0
    )
    AND NOT (
      (
        "t94"."end_date" IS NOT NULL
      )
      AND (
        "t94"."end_date" < "t94"."due_date"
      )
      AND (
        "t94"."fulfilled_date" IS NULL
      )
    ) AS "is_applicable",
    FALSE AS "is_exempt",
    CASE
      WHEN "t94"."_days" IS NULL
      THEN 'reglen var ikke i kraft ved første dagpengedag'
      WHEN NOT (
        (
          SELECT
            COUNT(*) AS "CountStar()"
          FROM (
            SELECT
              *
            FROM "conversations" AS "t0"
            WHERE
              "t0"."held_by" = 'akasse' AND "t0"."date" <= CAST($as_of AS DATE)
          ) AS "t3"
        ) > 0
      )
      THEN 'data indeholder ingen samtaler holdt af a-kassen, så a-kassens første jobsamtale kan ikke vurderes'
      WHEN "t94"."fulfilled_date" IS NOT NULL
      THEN "t94"."held_text"
      WHEN (
        "t94"."end_date" IS NOT NULL
      )
      AND (
        "t94"."end_date" < "t94"."due_date"
      )
      AND (
        "t94"."fulfilled_date" IS NULL
      )
      THEN CASE
        WHEN CAST("t94"."end_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT('ydelsesforløbet sluttede ', CAST("t94"."end_date" AS TEXT), ' før fristen')
      END
      ELSE 'ingen afholdt individuel jobsamtale med a-kassen'
    END AS "evidence"
  FROM (
    SELECT
      "t93".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
        "t89"."_days",
        "t89"."due_date",
        "t92"."person_id" AS "person_id_right",
        "t92"."benefit" AS "benefit_right",
        "t92"."start_date" AS "start_date_right",
        "t92"."fulfilled_date",
        "t92"."held_text"
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
          "t84"."start_date" AS "window_start",
          CASE
            WHEN "t84"."start_date" >= MAKE_DATE(2026, 7, 1)
            THEN 14
            WHEN "t84"."start_date" >= MAKE_DATE(2024, 1, 1)
            THEN 14
            ELSE CAST(NULL AS BIGINT)
          END AS "_days",
          CAST(CAST("t84"."start_date" + TO_DAYS(
            COALESCE(
              CASE
                WHEN "t84"."start_date" >= MAKE_DATE(2026, 7, 1)
                THEN 14
                WHEN "t84"."start_date" >= MAKE_DATE(2024, 1, 1)
                THEN 14
                ELSE CAST(NULL AS BIGINT)
              END,
              0
            )
          ) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM "t83" AS "t84"
      ) AS "t89"
      LEFT OUTER JOIN (
        SELECT
          "t90"."person_id",
          "t90"."benefit",
          "t90"."start_date",
          MIN("t90"."date") AS "fulfilled_date",
          FIRST(
            "t90"."description" ORDER BY CASE
              WHEN CAST("t90"."date" AS TEXT) IS NULL OR "t90"."description" IS NULL
              THEN NULL
              ELSE CONCAT(CAST("t90"."date" AS TEXT), "t90"."description")
            END
          ) AS "held_text"
        FROM (
          SELECT
            "t87"."person_id",
            "t87"."benefit",
            "t87"."start_date",
            "t87"."date",
            CASE
              WHEN "t87"."kind" IS NULL
              OR CAST("t87"."date" AS TEXT) IS NULL
              OR "t87"."form" IS NULL
              OR "t87"."held_by" IS NULL
              THEN NULL
              ELSE CONCAT("t87"."kind", ' ', CAST("t87"."date" AS TEXT), ' (', "t87"."form", ', ', "t87"."held_by", ')')
            END AS "description"
          FROM (
            SELECT
              "t86"."person_id",
              "t86"."benefit",
              "t86"."start_date",
              "t86"."window_start",
              "t86"."_first",
              "t86"."_last",
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
                "t84"."person_id",
                "t84"."benefit",
                "t84"."start_date",
                "t84"."start_date" AS "window_start",
                "t84"."start_date" AS "_first",
                COALESCE("t84"."end_date", CAST($as_of AS DATE)) AS "_last"
              FROM "t83" AS "t84"
            ) AS "t86"
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
              ON "t86"."person_id" = "t7"."person_id"
              AND "t7"."date" >= "t86"."_first"
              AND "t7"."date" <= "t86"."_last"
          ) AS "t87"
          WHERE
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t87"."window_start" >= MAKE_DATE(2024, 1, 1)
                  THEN ['akasse']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t87"."held_by"
              ),
              FALSE
            )
            AND COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t87"."window_start" >= MAKE_DATE(2020, 1, 1)
                  THEN ['personligt', 'telefon', 'video']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t87"."form"
              ),
              FALSE
            )
        ) AS "t90"
        GROUP BY
          1,
          2,
          3
      ) AS "t92"
        ON "t89"."person_id" = "t92"."person_id"
        AND "t89"."benefit" = "t92"."benefit"
        AND "t89"."start_date" = "t92"."start_date"
    ) AS "t93"
  ) AS "t94"
) AS "t95"
